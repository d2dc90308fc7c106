"""Work off the UI thread: one worker for the database, a small pool for the rest.

Shaped like Anki's CollectionOp: a caller hands over a plain function and gets
its result (or its exception) back on the UI thread through `success` and
`failure` callbacks. All store work goes through the single database worker,
so writes are serialised and no session is ever shared between threads.
Anything that fails without a `failure` callback is reported through
`failed`, which the main window turns into a message.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

Callback = Callable[[Any], None]


class TaskRunner(QObject):
    """Runs functions on worker threads and calls back on the UI thread."""

    failed = Signal(object)  # an exception nobody handled
    _finished = Signal(object)  # a closure to run on the UI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = ThreadPoolExecutor(max_workers=1, thread_name_prefix="danvan-db")
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="danvan-work")
        self._pending = 0
        self._closed = False
        self._finished.connect(self._run_on_ui)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def database(
        self,
        work: Callable[[], Any],
        success: Callback | None = None,
        failure: Callback | None = None,
    ) -> Future[Any]:
        """Run store work on the one database thread."""
        return self._submit(self._database, work, success, failure)

    def background(
        self,
        work: Callable[[], Any],
        success: Callback | None = None,
        failure: Callback | None = None,
    ) -> Future[Any]:
        """Run CPU work (rendering, parsing) on the pool."""
        return self._submit(self._pool, work, success, failure)

    def _submit(
        self,
        executor: ThreadPoolExecutor,
        work: Callable[[], Any],
        success: Callback | None,
        failure: Callback | None,
    ) -> Future[Any]:
        self._pending += 1
        future = executor.submit(work)

        def done(finished: Future[Any]) -> None:
            self._finished.emit(lambda: self._deliver(finished, success, failure))

        future.add_done_callback(done)
        return future

    def _deliver(self, future: Future[Any], success: Callback | None, failure: Callback | None):
        self._pending -= 1
        error = future.exception()
        if error is not None:
            if failure is not None:
                failure(error)
            else:
                self.failed.emit(error)
        elif success is not None:
            success(future.result())

    def _run_on_ui(self, closure: Callable[[], None]) -> None:
        if not self._closed:  # after shutdown the widgets that asked may be gone
            closure()

    def shutdown(self) -> None:
        """Finish queued store work (a last autosave) before the process ends.

        Results that arrive afterwards are dropped: the windows that asked for
        them are closing.
        """
        self._closed = True
        self._database.shutdown(wait=True)
        self._pool.shutdown(wait=False, cancel_futures=True)
