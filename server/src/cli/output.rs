//! How much the command line says, and the progress bar of long work.
//!
//! `-q` keeps the verdicts (and errors); `-v` adds each step of each check
//! with its timing, and the commands run. The progress bar (`indicatif`)
//! is drawn on stderr only when stderr is a terminal and neither `-q` nor
//! `-v` is given, so CI logs and pipes stay clean; lines printed while it
//! is up go through [`say_line`], which lifts the bar first.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::sync::atomic::{AtomicU8, Ordering};
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verbosity {
    Quiet,
    Normal,
    Verbose,
}

static VERBOSITY: AtomicU8 = AtomicU8::new(Verbosity::Normal as u8);

pub fn set_verbosity(v: Verbosity) {
    VERBOSITY.store(v as u8, Ordering::Relaxed);
}

pub fn verbosity() -> Verbosity {
    match VERBOSITY.load(Ordering::Relaxed) {
        0 => Verbosity::Quiet,
        1 => Verbosity::Normal,
        _ => Verbosity::Verbose,
    }
}

pub fn quiet() -> bool {
    verbosity() == Verbosity::Quiet
}

pub fn verbose() -> bool {
    verbosity() == Verbosity::Verbose
}

/// The bar that is up, if any: [`say`] lifts it to print.
static ACTIVE: parking_lot::Mutex<Option<ProgressBar>> = parking_lot::Mutex::new(None);

/// Prints a line on stdout (styles stripped where colour is off), above the
/// progress bar when one is up.
pub fn say_line(line: impl std::fmt::Display) {
    let bar = ACTIVE.lock().clone();
    match bar {
        Some(bar) => bar.suspend(|| anstream::println!("{line}")),
        None => anstream::println!("{line}"),
    }
}

/// `say!("…", args)`: [`say_line`] with `format!` arguments.
macro_rules! say {
    () => {
        $crate::cli::output::say_line("")
    };
    ($($arg:tt)*) => {
        $crate::cli::output::say_line(format_args!($($arg)*))
    };
}
pub(crate) use say;

/// `detail!`: as `say!`, but not with `-q` (a line that explains a
/// verdict rather than being one).
macro_rules! detail {
    ($($arg:tt)*) => {
        if !$crate::cli::output::quiet() {
            $crate::cli::output::say!($($arg)*)
        }
    };
}
pub(crate) use detail;

/// The words for a step of a check: `building`, `test tests::empty passed`.
pub fn step_of(event: &crate::engine::CheckEvent) -> String {
    use crate::engine::CheckEvent;
    match event {
        CheckEvent::Building => "building".into(),
        CheckEvent::Testing => "running tests".into(),
        CheckEvent::TestFinished { name, passed } => {
            format!("test {name} {}", if *passed { "passed" } else { "failed" })
        }
        CheckEvent::Measuring => "measuring growth".into(),
    }
}

/// With `-v`: a line on stderr.
pub fn trace(line: impl std::fmt::Display) {
    if verbose() {
        eprintln!("{line}");
    }
}

/// Progress over `len` items of long work (katas checked, verified,
/// proved). Dropping it clears the bar.
pub struct Progress {
    bar: ProgressBar,
    item_started: Instant,
    item: String,
}

impl Progress {
    pub fn new(len: usize, verb: &str) -> Progress {
        Progress::drawn_if(len, verb, std::io::stderr().is_terminal())
    }

    /// As [`Progress::new`], drawn when `terminal` (and not `-q`/`-v`, and
    /// more than one item).
    fn drawn_if(len: usize, verb: &str, terminal: bool) -> Progress {
        let shown = verbosity() == Verbosity::Normal && terminal && len > 1;
        let target = if shown {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        };
        let bar = ProgressBar::with_draw_target(Some(len as u64), target).with_style(
            ProgressStyle::with_template(&format!(
                "{{spinner}} {verb} [{{bar:24}}] {{pos}}/{{len}} {{elapsed}} {{wide_msg}}"
            ))
            .expect("the template is valid")
            .progress_chars("=> "),
        );
        if shown {
            bar.enable_steady_tick(Duration::from_millis(120));
            *ACTIVE.lock() = Some(bar.clone());
        }
        Progress {
            bar,
            item_started: Instant::now(),
            item: String::new(),
        }
    }

    /// Work on `item` begins.
    pub fn start(&mut self, item: &str) {
        self.item = item.to_string();
        self.item_started = Instant::now();
        self.bar.set_message(item.to_string());
        trace(format_args!("{item}: started"));
    }

    /// A step of `item` while several are worked on at once (a batch).
    pub fn note(&self, item: &str, step: &str) {
        self.bar.set_message(format!("{item}: {step}"));
        trace(format_args!(
            "{item}: {step} ({:.2} s)",
            self.bar.elapsed().as_secs_f64()
        ));
    }

    /// `item` of a batch is done.
    pub fn finish(&self, item: &str, verdict: &str) {
        trace(format_args!(
            "{item}: {verdict} at {:.2} s",
            self.bar.elapsed().as_secs_f64()
        ));
        self.bar.inc(1);
    }

    /// The current item is done.
    pub fn done(&self, verdict: &str) {
        trace(format_args!(
            "{}: {verdict} in {:.2} s",
            self.item,
            self.item_started.elapsed().as_secs_f64()
        ));
        self.bar.inc(1);
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        // One bar is up at a time: this one.
        *ACTIVE.lock() = None;
        self.bar.finish_and_clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn off_a_terminal_the_bar_is_hidden() {
        let mut progress = Progress::drawn_if(3, "checking", false);
        progress.start("pair-sum");
        progress.done("solved");
        progress.note("lru-cache", "building");
        progress.finish("lru-cache", "solved");
        assert!(progress.bar.is_hidden());
        assert_eq!(progress.bar.position(), 2);
        assert!(ACTIVE.lock().is_none());
    }
}
