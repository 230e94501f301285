// learner: slow
// why: OnceCell::get_or_init is O(readers) time, target O(1): every call scans a Mutex<Vec<ThreadId>> of threads that already "synchronised" so they could skip the Acquire
//! One-time initialisation that is safe under many threads.

use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};
use std::thread::ThreadId;

pub struct OnceCell<T> {
    ready: AtomicBool,
    lock: Mutex<()>,
    /// Threads known to have seen the value (so they "don't need" the Acquire any more).
    seen_by: Mutex<Vec<ThreadId>>,
    value: UnsafeCell<Option<T>>,
}

// SAFETY: value is written once under `lock` before `ready` is set with Release.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell {
            ready: AtomicBool::new(false),
            lock: Mutex::new(()),
            seen_by: Mutex::new(Vec::new()),
            value: UnsafeCell::new(None),
        }
    }

    fn read(&self) -> Option<&T> {
        // SAFETY: only called once ready is known to be true.
        unsafe { (*self.value.get()).as_ref() }
    }

    pub fn get(&self) -> Option<&T> {
        if self.ready.load(Ordering::Acquire) {
            self.read()
        } else {
            None
        }
    }

    fn remember_reader(&self) -> bool {
        let me = std::thread::current().id();
        let mut seen = self.seen_by.lock().unwrap_or_else(PoisonError::into_inner);
        if seen.contains(&me) {
            true
        } else {
            seen.push(me);
            false
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if self.ready.load(Ordering::Acquire) {
            self.remember_reader();
            return self.read().unwrap();
        }
        let _g = self.lock.lock().unwrap_or_else(PoisonError::into_inner);
        if !self.ready.load(Ordering::Acquire) {
            let v = init();
            // SAFETY: under the lock, not yet ready.
            unsafe { *self.value.get() = Some(v) };
            self.ready.store(true, Ordering::Release);
        }
        self.remember_reader();
        self.read().unwrap()
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
            match f {
                Some(f) => f(),
                None => panic!("Lazy poisoned"),
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
