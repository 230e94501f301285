// learner: slow
// why: OnceCell::get_or_init is O(r) time, target O(1): every read scans a Vec of the thread ids that already synchronised with the cell
//! One-time initialisation that is safe under many threads.

use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{fence, AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};
use std::thread::{self, ThreadId};

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    done: AtomicBool,
    lock: Mutex<()>,
    // threads that have already "seen" the value once (so we thought they no
    // longer needed the acquire fence)
    synced: Mutex<Vec<ThreadId>>,
    value: UnsafeCell<Option<T>>,
}

// SAFETY: `value` is written once under `lock` before `done` is released.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell {
            done: AtomicBool::new(false),
            lock: Mutex::new(()),
            synced: Mutex::new(Vec::new()),
            value: UnsafeCell::new(None),
        }
    }

    fn value_ref(&self) -> Option<&T> {
        // SAFETY: called after seeing `done` (acquire) or under the lock.
        unsafe { (*self.value.get()).as_ref() }
    }

    /// Makes sure the calling thread has synchronised with the writer once.
    fn sync_thread(&self) {
        let me = thread::current().id();
        let mut seen = self.synced.lock().unwrap_or_else(PoisonError::into_inner);
        if !seen.contains(&me) {
            fence(Ordering::Acquire);
            seen.push(me);
        }
    }

    pub fn get(&self) -> Option<&T> {
        if self.done.load(Ordering::Acquire) {
            self.value_ref()
        } else {
            None
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if self.done.load(Ordering::Acquire) {
            self.sync_thread();
            return self.value_ref().unwrap();
        }
        let _g = self.lock.lock().unwrap_or_else(PoisonError::into_inner);
        if !self.done.load(Ordering::Acquire) {
            let v = init();
            unsafe { *self.value.get() = Some(v) };
            self.done.store(true, Ordering::Release);
        }
        self.sync_thread();
        self.value_ref().unwrap()
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
        this.cell.get_or_init(|| {
            let f = this.init.lock().unwrap_or_else(PoisonError::into_inner).take();
            match f {
                Some(f) => f(),
                None => panic!("poisoned"),
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
