// learner: optimal
// idiom: Go-style (sync.Once port): done AtomicBool + Mutex<()> + UnsafeCell<Option<T>>, fast path then doSlow with explicit re-check
//! One-time initialisation that is safe under many threads.

use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};

pub struct OnceCell<T> {
    done: AtomicBool,
    m: Mutex<()>,
    v: UnsafeCell<Option<T>>,
}

// SAFETY: `v` is written only while holding `m` and while `done` is false;
// readers touch `v` only after observing `done == true` with Acquire, which
// pairs with the Release store made after the write, and nobody writes after that.
// T: Send because the value may be dropped on another thread than the one that built it.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { done: AtomicBool::new(false), m: Mutex::new(()), v: UnsafeCell::new(None) }
    }

    pub fn get(&self) -> Option<&T> {
        if !self.done.load(Ordering::Acquire) {
            return None;
        }
        unsafe { (*self.v.get()).as_ref() }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if let Some(v) = self.get() {
            return v;
        }
        self.do_slow(init)
    }

    fn do_slow<F: FnOnce() -> T>(&self, init: F) -> &T {
        let _g = self.m.lock().unwrap_or_else(PoisonError::into_inner);
        if !self.done.load(Ordering::Relaxed) {
            let val = init();
            unsafe {
                *self.v.get() = Some(val);
            }
            self.done.store(true, Ordering::Release);
        }
        match unsafe { (*self.v.get()).as_ref() } {
            Some(v) => v,
            None => unreachable!("done is set only after the value is stored"),
        }
    }

    pub fn into_inner(self) -> Option<T> {
        self.v.into_inner()
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
