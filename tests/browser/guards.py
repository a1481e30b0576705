"""Watching a Playwright page for what must never happen: dialogs and policy violations."""

from __future__ import annotations

from dataclasses import dataclass, field

# Installed before any page script runs (DevTools injects it; the page's CSP does not apply).
_LISTEN_FOR_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"}`);
});
"""


@dataclass
class Guard:
    """Records every dialog (and dismisses it) and every Content-Security-Policy report."""

    dialogs: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)

    def attach(self, page) -> None:
        page.add_init_script(_LISTEN_FOR_VIOLATIONS)
        page.on("dialog", self._on_dialog)
        page.on("console", self._on_console)

    def _on_dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _on_console(self, message) -> None:
        if "Content Security Policy" in message.text:
            self.console.append(message.text)

    def violations(self, page) -> list[str]:
        return page.evaluate("window.__violations || []") + self.console


def login(page, base_url: str, username: str, password: str) -> None:
    page.goto(f"{base_url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("input[type=submit]")
    page.wait_for_url(f"{base_url}/admin/")
