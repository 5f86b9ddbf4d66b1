"""Review mode's checks, run in a thread worker, and the line that follows the machine translation.

The checks run when the screen opens and after each edit; with machine translation (`t`, or the
setting) the source is translated first, with its progress on this line, and `Esc` stops it,
keeping the checks without MT. `ReviewReady` bubbles on to the review view.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from rich.text import Text
from textual.widgets import Static
from textual.worker import Worker

from reader.core.errors import PackageError
from reader.tui.controllers import review_session
from reader.tui.controllers.review_session import ReviewSession
from reader.tui.messages import CheckProgress, ChecksProgress, ReviewReady
from reader.tui.tell import tell, tell_failure

if TYPE_CHECKING:
    from textual import getters

    from reader.tui.app import PressReaderApp


class ReviewCheck(Static):
    if TYPE_CHECKING:
        app = getters.app(PressReaderApp)

    def __init__(self, session: ReviewSession) -> None:
        super().__init__("", id="review-mt")
        self.session = session

    def run(self, after: int | None = None, mt: bool = False) -> None:
        """Check the release (the working copy, with edits); `after`: an edited pair to go on from."""
        work = partial(review_session.check, self.app, self.session, after, mt, self.post_message)
        self.run_worker(
            work,
            thread=True,
            exclusive=True,
            exit_on_error=False,
            name="run_check",
            group="review",
            description="Checking the rendering",
        )

    def can_mt(self) -> bool:
        try:
            self.app.translator.route(self.session.source, self.session.target)
        except PackageError:
            return False
        return True

    def with_mt(self) -> None:
        """Translate the source and check meaning and alignment with it (the setting does it unasked)."""
        session = self.session
        if not self.can_mt():
            tell(
                self,
                f"No model translates {session.source}→{session.target}: m opens the model manager.",
                severity="warning",
            )
            return
        session.mt = True
        self.update("Machine translation for the checks… · Esc stops it")
        self.screen.add_class("-mt")
        self.run(mt=True)

    def stop(self) -> bool:
        """Stop the machine translation (the checks without it stay); False when none runs."""
        if "-mt" not in self.screen.classes:
            return False
        self.workers.cancel_group(self, "review")
        self.screen.remove_class("-mt")
        self.session.mt = False
        tell(self, "Machine-translation checks stopped; the checks without MT stay.")
        return True

    def on_check_progress(self, message: CheckProgress) -> None:
        if "-mt" in self.screen.classes:
            self.update(f"Machine translation for the checks: {message.done}/{message.total} sentences · Esc stops it")

    def on_checks_progress(self, message: ChecksProgress) -> None:
        """How far the first check is, on the strip that will show the document's map: a review of
        2,000 words showed a blank 'checking…' there for over 5 s (trial Y). A check after an edit
        leaves the map up."""
        message.stop()
        if self.session.report is None and message.total:
            step = "aligning the paragraphs:" if message.aligning else "paragraph"
            done = f"checking… {step} {min(message.done + 1, message.total):,} of {message.total:,}"
            self.screen.query_one("#review-strip", Static).update(Text(done, style="dim"))

    def on_review_ready(self, message: ReviewReady) -> None:
        if message.mt:
            self.screen.remove_class("-mt")

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        tell_failure(self.app, event)
