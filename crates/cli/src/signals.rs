//! Ctrl-C and SIGTERM as a flag a long run polls (`work`), so that it ends its current piece of
//! work cleanly instead of dying in the middle of it. A second signal ends the process at once.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use allegiance_web::stop_signal;

/// A flag set when the process receives Ctrl-C or SIGTERM. The signals are caught from the call
/// on, on a thread of their own (tokio's signal handling, which `serve` uses too).
pub fn stop_flag() -> Arc<AtomicBool> {
    let flag = Arc::new(AtomicBool::new(false));
    let set = flag.clone();
    std::thread::spawn(move || {
        let Ok(runtime) = tokio::runtime::Builder::new_current_thread().enable_all().build() else {
            return;
        };
        runtime.block_on(async {
            stop_signal().await;
            set.store(true, Ordering::SeqCst);
            stop_signal().await;
            // Asked twice: the caller is not to be waited for.
            std::process::exit(130);
        });
    });
    flag
}
