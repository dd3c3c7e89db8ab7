/** talent-match: a rules-engine talent matching service; see the feature packages. */
package com.talentmatch;
