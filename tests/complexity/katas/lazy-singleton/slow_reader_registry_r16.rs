// learner: slow
// why: OnceCell::get_or_init is O(n) time, target O(1): every call takes the lock and records the calling thread in a Vec, scanned with contains (n = earlier readers)
//! One-time initialisation that is safe under many threads.

use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::thread::{self, ThreadId};

pub struct OnceCell<T> {
    done: AtomicBool,
    /// threads that have already seen the value (for "statistics")
    readers: Mutex<Vec<ThreadId>>,
    value: UnsafeCell<Option<T>>,
}

// SAFETY: value is written once under `readers` before `done` is set with Release.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { done: AtomicBool::new(false), readers: Mutex::new(Vec::new()), value: UnsafeCell::new(None) }
    }

    pub fn get(&self) -> Option<&T> {
        if self.done.load(Ordering::Acquire) {
            unsafe { (*self.value.get()).as_ref() }
        } else {
            None
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        let mut readers = self.readers.lock().unwrap_or_else(|e| e.into_inner());
        let me = thread::current().id();
        if !readers.contains(&me) {
            readers.push(me);
        }
        if !self.done.load(Ordering::Acquire) {
            let v = init();
            unsafe { *self.value.get() = Some(v) };
            self.done.store(true, Ordering::Release);
        }
        drop(readers);
        unsafe { (*self.value.get()).as_ref().unwrap() }
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

/// A value computed on first access by `F`, at most once.
pub struct Lazy<T, F = fn() -> T> {
    cell: OnceCell<T>,
    init: Mutex<Option<F>>,
}

impl<T, F: FnOnce() -> T> Lazy<T, F> {
    pub const fn new(init: F) -> Self {
        Lazy { cell: OnceCell::new(), init: Mutex::new(Some(init)) }
    }

    pub fn force(this: &Self) -> &T {
        if let Some(v) = this.cell.get() {
            return v;
        }
        this.cell.get_or_init(|| {
            let taken = match this.init.lock() {
                Ok(mut g) => g.take(),
                Err(poisoned) => poisoned.into_inner().take(),
            };
            let Some(f) = taken else {
                panic!("Lazy: poisoned by an earlier panicking initialiser");
            };
            f()
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}

