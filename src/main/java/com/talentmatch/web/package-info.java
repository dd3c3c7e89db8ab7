/** HTTP concerns shared by every feature: errors as RFC 9457 problem details. */
package com.talentmatch.web;
