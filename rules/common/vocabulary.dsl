# The business sentences of talent-match rule files, in Chinese and English (see rules/README.md).
# Keys may use only letters, ideographs, digits, spaces and ASCII punctuation; {name} marks a value.
# Every sentence is a consequence ([then]): rule files declare requirements, inheritance, readiness bands and the
# source policy; the service applies them to candidates.

[then]岗位 {role} 必须 {competency} 不低于 {level}级=insert(Dsl.level(kcontext, "{role}", "{competency}", "{level}").mustHave());
[then]岗位 {role} 要求 {competency} 不低于 {level}级 权重 {weight}=insert(Dsl.level(kcontext, "{role}", "{competency}", "{level}").weight({weight}));
[then]岗位 {role} 要求 {competency} 不低于 {level}级=insert(Dsl.level(kcontext, "{role}", "{competency}", "{level}"));
[then]岗位 {role} 必须 持有 {grade}=insert(Dsl.grade(kcontext, "{role}", "{grade}").mustHave());
[then]岗位 {role} 要求 持有 {grade} 权重 {weight}=insert(Dsl.grade(kcontext, "{role}", "{grade}").weight({weight}));
[then]岗位 {role} 要求 持有 {grade}=insert(Dsl.grade(kcontext, "{role}", "{grade}"));
[then]岗位 {role} 必须 {kind}经验 不少于 {years}年=insert(Dsl.experience(kcontext, "{role}", "{kind}", "{years}").mustHave());
[then]岗位 {role} 要求 {kind}经验 不少于 {years}年=insert(Dsl.experience(kcontext, "{role}", "{kind}", "{years}"));
[then]岗位 {role} 必须满足 {group} 之一 方案{option} {competency} 不低于 {level}级=insert(Dsl.level(kcontext, "{role}", "{competency}", "{level}").mustHave().alternative("{group}", {option}));
[then]岗位 {role} 必须满足 {group} 之一 方案{option} 持有 {grade}=insert(Dsl.grade(kcontext, "{role}", "{grade}").mustHave().alternative("{group}", {option}));
[then]岗位 {role} 必须满足 {group} 之一 方案{option} {kind}经验 不少于 {years}年=insert(Dsl.experience(kcontext, "{role}", "{kind}", "{years}").mustHave().alternative("{group}", {option}));
[then]岗位 {child} 继承 {parent} 的全部要求=insert(Dsl.inherits(kcontext, "{child}", "{parent}"));
[then]准备度 {order} {code} {zh} {en} 必备缺口不超过 {m} 项 缺口不超过 {g} 项 每项差距不超过 {l} 级=insert(Dsl.band(kcontext, {order}, "{code}", "{zh}", "{en}", {m}, {g}, {l}));
[then]来源优先级 {sources} 证据至少 {n} 句 置信度不低于 {c}=insert(Dsl.sources(kcontext, "{sources}", {n}, {c}));

[then]role {role} must have {competency} at least level {level}=insert(Dsl.level(kcontext, "{role}", "{competency}", "{level}").mustHave());
[then]role {role} wants {competency} at least level {level} weight {weight}=insert(Dsl.level(kcontext, "{role}", "{competency}", "{level}").weight({weight}));
[then]role {role} wants {competency} at least level {level}=insert(Dsl.level(kcontext, "{role}", "{competency}", "{level}"));
[then]role {role} must hold {grade}=insert(Dsl.grade(kcontext, "{role}", "{grade}").mustHave());
[then]role {role} wants grade {grade} weight {weight}=insert(Dsl.grade(kcontext, "{role}", "{grade}").weight({weight}));
[then]role {role} wants grade {grade}=insert(Dsl.grade(kcontext, "{role}", "{grade}"));
[then]role {role} must have {years} years of {kind} experience=insert(Dsl.experience(kcontext, "{role}", "{kind}", "{years}").mustHave());
[then]role {role} wants {years} years of {kind} experience=insert(Dsl.experience(kcontext, "{role}", "{kind}", "{years}"));
[then]role {role} must meet one of {group} option {option} {competency} at least level {level}=insert(Dsl.level(kcontext, "{role}", "{competency}", "{level}").mustHave().alternative("{group}", {option}));
[then]role {role} must meet one of {group} option {option} hold {grade}=insert(Dsl.grade(kcontext, "{role}", "{grade}").mustHave().alternative("{group}", {option}));
[then]role {role} must meet one of {group} option {option} {years} years of {kind} experience=insert(Dsl.experience(kcontext, "{role}", "{kind}", "{years}").mustHave().alternative("{group}", {option}));
[then]role {child} inherits every requirement of {parent}=insert(Dsl.inherits(kcontext, "{child}", "{parent}"));
[then]readiness {order} {code} {zh} {en} at most {m} must-have gaps at most {g} gaps no gap over {l} levels=insert(Dsl.band(kcontext, {order}, "{code}", "{zh}", "{en}", {m}, {g}, {l}));
[then]source precedence {sources} evidence needs {n} sentences with confidence {c}=insert(Dsl.sources(kcontext, "{sources}", {n}, {c}));
