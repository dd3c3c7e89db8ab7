-- wrk script: POST a ranking request for the top 50 of the pool.
wrk.method = "POST"
wrk.body = '{"role":"cs-dept-manager","size":50}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-User"] = "load-test"
