// The key form, served in place of any staff page when the visitor has no valid key: it returns to
// the page that was asked for once the server has accepted the key (and set the staff cookie).
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  const params = new URLSearchParams(location.search);
  const next = location.pathname.startsWith("/staff/login") ? (params.get("next") || "/staff/") : location.pathname + location.search;
  document.getElementById("next").value = next;
  if (params.get("error")) document.getElementById("key-error").hidden = false;
  document.getElementById("key").focus();
});
