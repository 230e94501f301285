// learner: slow
// why: OnceCell::get_or_init is O(t) time, target O(1): a "per-thread fast path" keeps a Mutex<Vec<ThreadId>> of threads that already read the cell and scans it on every call
//! One-time initialisation that is safe under many threads.

use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};
use std::thread::{self, ThreadId};

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    ready: AtomicBool,
    lock: Mutex<()>,
    seen: Mutex<Vec<ThreadId>>,
    value: UnsafeCell<Option<T>>,
}

// SAFETY: value is written once under `lock` before `ready` is set (Release).
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    /// An empty cell. `const`, so it can initialise a `static`.
    pub const fn new() -> Self {
        OnceCell {
            ready: AtomicBool::new(false),
            lock: Mutex::new(()),
            seen: Mutex::new(Vec::new()),
            value: UnsafeCell::new(None),
        }
    }

    /// The value, if some call to `get_or_init` has finished initialising it.
    /// Never blocks.
    pub fn get(&self) -> Option<&T> {
        if self.ready.load(Ordering::Acquire) {
            unsafe { (*self.value.get()).as_ref() }
        } else {
            None
        }
    }

    fn already_seen(&self) -> bool {
        let me = thread::current().id();
        let list = self.seen.lock().unwrap_or_else(PoisonError::into_inner);
        let mut i = 0usize;
        while i < list.len() {
            if list[i] == me {
                return true;
            }
            i += 1;
        }
        false
    }

    fn mark_seen(&self) {
        let me = thread::current().id();
        self.seen.lock().unwrap_or_else(PoisonError::into_inner).push(me);
    }

    /// Returns the value, running `init` first if the cell is empty.
    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        // threads that have seen the value once can skip the flag check
        if self.already_seen() {
            return unsafe { (*self.value.get()).as_ref().unwrap() };
        }
        if !self.ready.load(Ordering::Acquire) {
            let _g = self.lock.lock().unwrap_or_else(PoisonError::into_inner);
            if !self.ready.load(Ordering::Acquire) {
                let v = init();
                unsafe {
                    *self.value.get() = Some(v);
                }
                self.ready.store(true, Ordering::Release);
            }
        }
        self.mark_seen();
        unsafe { (*self.value.get()).as_ref().unwrap() }
    }

    /// Consumes the cell and returns its value, if any.
    pub fn into_inner(self) -> Option<T> {
        self.value.into_inner()
    }
}

impl<T> Default for OnceCell<T> {
    fn default() -> Self {
        Self::new()
    }
}

/// A value computed on first access by `F`, at most once.
pub struct Lazy<T, F = fn() -> T> {
    cell: OnceCell<T>,
    init: Mutex<Option<F>>,
}

impl<T, F: FnOnce() -> T> Lazy<T, F> {
    /// A lazy value that `init` will compute. `const`, for use in a `static`.
    pub const fn new(init: F) -> Self {
        Lazy { cell: OnceCell::new(), init: Mutex::new(Some(init)) }
    }

    /// Computes the value if needed and returns it.
    ///
    /// # Panics
    /// If the initialiser panicked on an earlier access (it is gone then),
    /// every later access panics too.
    pub fn force(this: &Self) -> &T {
        this.cell.get_or_init(|| {
            let f = this.init.lock().unwrap_or_else(PoisonError::into_inner).take();
            match f {
                Some(f) => f(),
                None => panic!("Lazy instance has previously been poisoned"),
            }
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}

