# The business sentences of talent-match rule files, in Chinese and English (see rules/README.md).
# Keys may use only letters, ideographs, digits, spaces and ASCII punctuation; {name} marks a value.
# Declarations ([then] sentences in a rule with an empty when) declare requirements, inheritance, readiness bands
# and source policies. Conditions ([when]) and actions ([then] with a reason) make per-candidate rules: each
# condition is about the candidate being judged ($s := subject ties them together); each action is recorded with
# its reason in the candidate's explanation. A more specific sentence comes before a shorter one it contains.

[when]候选人 {source} 评定的 {competency} 不低于 {level}级=Candidate( $s := subject, hasLevelFrom("{source}", "{competency}", "{level}") )
[when]候选人 {competency} 不低于 {level}级=Candidate( $s := subject, hasLevel("{competency}", "{level}") )
[when]候选人 持有 {grade}=Candidate( $s := subject, holds("{grade}") )
[when]候选人 {kind}经验 不少于 {years}年=Candidate( $s := subject, years("{kind}") >= {years} )
[when]候选人 是内部员工=Candidate( $s := subject, internal == true )
[when]候选人 是外部候选人=Candidate( $s := subject, internal == false )
[when]候选人 现任岗位 是 {role}=Candidate( $s := subject, currentRoleIs("{role}") )
[when]候选人 部门 是 {department}=Candidate( $s := subject, department == "{department}" )
[when]候选人 绩效 不低于 {n}=Assessment( $s := subject, performance != null, performance >= {n} )
[when]候选人 绩效 不高于 {n}=Assessment( $s := subject, performance != null, performance <= {n} )
[when]候选人 潜力 不低于 {n}=Assessment( $s := subject, potential != null, potential >= {n} )
[when]候选人 潜力 不高于 {n}=Assessment( $s := subject, potential != null, potential <= {n} )
[when]候选人编号 是 {id}=Candidate( $s := subject, id == "{id}" )
[when]要求 {requirement} 已满足=RequirementResult( $s := subject, is("{requirement}"), met == true )
[when]要求 {requirement} 未满足=RequirementResult( $s := subject, is("{requirement}"), satisfied == false )
[when]要求 {requirement} 差距不少于 {n}=RequirementResult( $s := subject, is("{requirement}"), satisfied == false, gap >= {n} )
[when]任一素质的 {a} 评定与 {b} 评定相差至少 {n} 级=Rating( $s := subject, source == "{a}", $k : competency, $r : rank ) and Rating( $s := subject, source == "{b}", competency == $k, Math.abs(rank - $r) >= {n} )
[when]评估岗位 是 {role}=Assessment( $s := subject, isFor("{role}") )
[when]准备度 是 {band}=Assessment( $s := subject, band == "{band}" )
[when]得分 不低于 {score}=Assessment( $s := subject, score >= {score} )
[when]得分 低于 {score}=Assessment( $s := subject, score < {score} )
[when]符合资格=Assessment( $s := subject, eligible == true )
[when]不符合资格=Assessment( $s := subject, eligible == false )

[when]the candidate's {source} rating of {competency} is at least level {level}=Candidate( $s := subject, hasLevelFrom("{source}", "{competency}", "{level}") )
[when]the candidate has {competency} at least level {level}=Candidate( $s := subject, hasLevel("{competency}", "{level}") )
[when]the candidate holds {grade}=Candidate( $s := subject, holds("{grade}") )
[when]the candidate has at least {years} years of {kind} experience=Candidate( $s := subject, years("{kind}") >= {years} )
[when]the candidate is internal=Candidate( $s := subject, internal == true )
[when]the candidate is external=Candidate( $s := subject, internal == false )
[when]the candidate's current role is {role}=Candidate( $s := subject, currentRoleIs("{role}") )
[when]the candidate's department is {department}=Candidate( $s := subject, department == "{department}" )
[when]the candidate's performance is at least {n}=Assessment( $s := subject, performance != null, performance >= {n} )
[when]the candidate's performance is at most {n}=Assessment( $s := subject, performance != null, performance <= {n} )
[when]the candidate's potential is at least {n}=Assessment( $s := subject, potential != null, potential >= {n} )
[when]the candidate's potential is at most {n}=Assessment( $s := subject, potential != null, potential <= {n} )
[when]the candidate's id is {id}=Candidate( $s := subject, id == "{id}" )
[when]requirement {requirement} is met=RequirementResult( $s := subject, is("{requirement}"), met == true )
[when]requirement {requirement} is not met=RequirementResult( $s := subject, is("{requirement}"), satisfied == false )
[when]requirement {requirement} is short by at least {n}=RequirementResult( $s := subject, is("{requirement}"), satisfied == false, gap >= {n} )
[when]the {a} and {b} ratings of any competency differ by at least {n} levels=Rating( $s := subject, source == "{a}", $k : competency, $r : rank ) and Rating( $s := subject, source == "{b}", competency == $k, Math.abs(rank - $r) >= {n} )
[when]the role is {role}=Assessment( $s := subject, isFor("{role}") )
[when]the readiness is {band}=Assessment( $s := subject, band == "{band}" )
[when]the score is at least {score}=Assessment( $s := subject, score >= {score} )
[when]the score is below {score}=Assessment( $s := subject, score < {score} )
[when]the candidate is eligible=Assessment( $s := subject, eligible == true )
[when]the candidate is not eligible=Assessment( $s := subject, eligible == false )

[then]免除要求 {requirement} 原因 {reason}=Act.waive(kcontext, $s, "{requirement}", "{reason}");
[then]要求 {requirement} 设为必备 原因 {reason}=Act.mustHave(kcontext, $s, "{requirement}", "{reason}");
[then]要求 {requirement} 权重设为 {weight} 原因 {reason}=Act.weight(kcontext, $s, "{requirement}", {weight}, "{reason}");
[then]加 {points} 分 原因 {reason}=Act.score(kcontext, $s, {points}, "{reason}");
[then]减 {points} 分 原因 {reason}=Act.score(kcontext, $s, -{points}, "{reason}");
[then]准备度设为 {band} 原因 {reason}=Act.band(kcontext, $s, "{band}", "{reason}");
[then]标记待校准 原因 {reason}=Act.flag(kcontext, $s, "{reason}");
[then]需要人工复核 原因 {reason}=Act.review(kcontext, $s, "{reason}");
[then]waive requirement {requirement} because {reason}=Act.waive(kcontext, $s, "{requirement}", "{reason}");
[then]make requirement {requirement} a must-have because {reason}=Act.mustHave(kcontext, $s, "{requirement}", "{reason}");
[then]set the weight of requirement {requirement} to {weight} because {reason}=Act.weight(kcontext, $s, "{requirement}", {weight}, "{reason}");
[then]add {points} points because {reason}=Act.score(kcontext, $s, {points}, "{reason}");
[then]subtract {points} points because {reason}=Act.score(kcontext, $s, -{points}, "{reason}");
[then]set the readiness to {band} because {reason}=Act.band(kcontext, $s, "{band}", "{reason}");
[then]flag for calibration because {reason}=Act.flag(kcontext, $s, "{reason}");
[then]require a human review because {reason}=Act.review(kcontext, $s, "{reason}");

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
[then]岗位 {role} 要求组合 {group} {competency} 不低于 {level}级 权重 {weight}=insert(Dsl.level(kcontext, "{role}", "{competency}", "{level}").weight({weight}).alternative("{group}", 1));
[then]岗位 {role} 要求组合 {group} {competency} 不低于 {level}级=insert(Dsl.level(kcontext, "{role}", "{competency}", "{level}").alternative("{group}", 1));
[then]定义岗位 {id} 名称 {zh} 英文 {en}=insert(Dsl.role(kcontext, "{id}", "{zh}", "{en}"));
[then]岗位 {child} 继承 {parent} 的全部要求=insert(Dsl.inherits(kcontext, "{child}", "{parent}"));
[then]准备度档 {order} {code} {zh} {en} 计入后备=insert(Dsl.bandName(kcontext, {order}, "{code}", "{zh}", "{en}", true));
[then]准备度档 {order} {code} {zh} {en}=insert(Dsl.bandName(kcontext, {order}, "{code}", "{zh}", "{en}", false));
[then]准备度 {order} {code} {zh} {en} 必备缺口不超过 {m} 项 缺口不超过 {g} 项 每项差距不超过 {l} 级 计入后备=insert(Dsl.band(kcontext, {order}, "{code}", "{zh}", "{en}", {m}, {g}, {l}, true));
[then]准备度 {order} {code} {zh} {en} 必备缺口不超过 {m} 项 缺口不超过 {g} 项 每项差距不超过 {l} 级=insert(Dsl.band(kcontext, {order}, "{code}", "{zh}", "{en}", {m}, {g}, {l}));
[then]来源优先级 适用于 {scope} 为 {sources} 证据至少 {n} 句 置信度不低于 {c}=insert(Dsl.sourcesFor(kcontext, "{scope}", "{sources}", {n}, {c}));
[then]来源优先级 {sources} 证据至少 {n} 句 置信度不低于 {c}=insert(Dsl.sources(kcontext, "{sources}", {n}, {c}));
[then]排序依据 {criteria} 超出要求每项最多计 {cap} 级=insert(Dsl.rankBy(kcontext, "{criteria}", {cap}));
[then]岗位序列 {name} 为 {steps}=insert(Dsl.ladder(kcontext, "{name}", "{steps}"));

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
[then]role {role} wants combination {group} of {competency} at least level {level} weight {weight}=insert(Dsl.level(kcontext, "{role}", "{competency}", "{level}").weight({weight}).alternative("{group}", 1));
[then]role {role} wants combination {group} of {competency} at least level {level}=insert(Dsl.level(kcontext, "{role}", "{competency}", "{level}").alternative("{group}", 1));
[then]define role {id} named {en} in Chinese {zh}=insert(Dsl.role(kcontext, "{id}", "{zh}", "{en}"));
[then]role {child} inherits every requirement of {parent}=insert(Dsl.inherits(kcontext, "{child}", "{parent}"));
[then]readiness band {order} {code} {zh} {en} counts as ready soon=insert(Dsl.bandName(kcontext, {order}, "{code}", "{zh}", "{en}", true));
[then]readiness band {order} {code} {zh} {en}=insert(Dsl.bandName(kcontext, {order}, "{code}", "{zh}", "{en}", false));
[then]readiness {order} {code} {zh} {en} at most {m} must-have gaps at most {g} gaps no gap over {l} levels counts as ready soon=insert(Dsl.band(kcontext, {order}, "{code}", "{zh}", "{en}", {m}, {g}, {l}, true));
[then]readiness {order} {code} {zh} {en} at most {m} must-have gaps at most {g} gaps no gap over {l} levels=insert(Dsl.band(kcontext, {order}, "{code}", "{zh}", "{en}", {m}, {g}, {l}));
[then]source precedence for {scope} is {sources} evidence needs {n} sentences with confidence {c}=insert(Dsl.sourcesFor(kcontext, "{scope}", "{sources}", {n}, {c}));
[then]source precedence {sources} evidence needs {n} sentences with confidence {c}=insert(Dsl.sources(kcontext, "{sources}", {n}, {c}));
[then]rank ties by {criteria} crediting at most {cap} levels above a minimum=insert(Dsl.rankBy(kcontext, "{criteria}", {cap}));
[then]role ladder {name} is {steps}=insert(Dsl.ladder(kcontext, "{name}", "{steps}"));
