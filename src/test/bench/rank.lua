-- wrk script: POST a ranking request for the top 50 of the pool, signed in with an API token (TM_TOKEN).
wrk.method = "POST"
wrk.body = '{"role":"cs-dept-manager","size":50}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TM_TOKEN")
