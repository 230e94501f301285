// learner: slow
// why: OnceCell::get_or_init is O(r) time, target O(1): every call searches a Vec of the threads that have read the cell (contains) before returning
//! One-time initialisation; each thread "registers" once so that it synchronises with the writer.

use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};
use std::thread::{self, ThreadId};

/// Threads that have already observed the initialised value.
#[derive(Debug, Default)]
struct ReaderRegistry {
    seen: Vec<ThreadId>,
}

impl ReaderRegistry {
    const fn new() -> Self {
        ReaderRegistry { seen: Vec::new() }
    }

    /// Records the current thread; returns whether it was new.
    fn register_current(&mut self) -> bool {
        let me = thread::current().id();
        if self.seen.contains(&me) {
            false
        } else {
            self.seen.push(me);
            true
        }
    }
}

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    ready: AtomicBool,
    lock: Mutex<()>,
    readers: Mutex<ReaderRegistry>,
    value: UnsafeCell<Option<T>>,
}

// SAFETY: `value` is written once under `lock` before the Release store of
// `ready`; readers check `ready` with Acquire.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell {
            ready: AtomicBool::new(false),
            lock: Mutex::new(()),
            readers: Mutex::new(ReaderRegistry::new()),
            value: UnsafeCell::new(None),
        }
    }

    fn is_ready(&self) -> bool {
        self.ready.load(Ordering::Acquire)
    }

    fn value_ref(&self) -> &T {
        unsafe { (*self.value.get()).as_ref().expect("ready implies a value") }
    }

    fn note_reader(&self) {
        let mut registry = self.readers.lock().unwrap_or_else(PoisonError::into_inner);
        registry.register_current();
    }

    pub fn get(&self) -> Option<&T> {
        if self.is_ready() {
            Some(self.value_ref())
        } else {
            None
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if self.is_ready() {
            self.note_reader();
            return self.value_ref();
        }
        let _guard = self.lock.lock().unwrap_or_else(PoisonError::into_inner);
        if !self.is_ready() {
            let v = init();
            unsafe { *self.value.get() = Some(v) };
            self.ready.store(true, Ordering::Release);
        }
        self.note_reader();
        self.value_ref()
    }

    pub fn into_inner(self) -> Option<T> {
        self.value.into_inner()
    }
}

impl<T> Default for OnceCell<T> {
    fn default() -> Self {
        Self::new()
    }
}

pub struct Lazy<T, F = fn() -> T> {
    cell: OnceCell<T>,
    init: Mutex<Option<F>>,
}

impl<T, F: FnOnce() -> T> Lazy<T, F> {
    pub const fn new(init: F) -> Self {
        Lazy { cell: OnceCell::new(), init: Mutex::new(Some(init)) }
    }

    pub fn force(this: &Self) -> &T {
        this.cell.get_or_init(|| {
            let f = this.init.lock().unwrap_or_else(PoisonError::into_inner).take();
            f.expect("Lazy instance has previously been poisoned")()
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
