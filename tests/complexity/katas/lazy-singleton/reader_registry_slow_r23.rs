// learner: slow
// why: OnceCell::get_or_init is O(n) time, target O(1): every call searches a Vec of the ThreadIds that already read the cell (contains), so the probe's 8n reads after n reader threads cost O(n^2)
//! One-time initialisation that is safe under many threads.

use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};
use std::thread::{self, ThreadId};

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    ready: AtomicBool,
    init_mtx: Mutex<()>,
    value: UnsafeCell<Option<T>>,
    // "per-thread acquire cache": threads listed here already synchronised
    // with the writer once, so (the idea goes) they need no fence again.
    synced: Mutex<Vec<ThreadId>>,
}

// SAFETY: value written once under init_mtx before ready (Release); read after ready (Acquire).
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}
unsafe impl<T: Send> Send for OnceCell<T> {}

impl<T> OnceCell<T> {
    const fn slot_ptr(&self) -> *mut Option<T> {
        self.value.get()
    }

    pub const fn new() -> Self {
        OnceCell {
            ready: AtomicBool::new(false),
            init_mtx: Mutex::new(()),
            value: UnsafeCell::new(None),
            synced: Mutex::new(Vec::new()),
        }
    }

    #[inline]
    pub fn get(&self) -> Option<&T> {
        if self.ready.load(Ordering::Acquire) {
            unsafe { (*self.slot_ptr()).as_ref() }
        } else {
            None
        }
    }

    #[inline]
    fn already_synced(&self) -> bool {
        let me = thread::current().id();
        let list = self.synced.lock().unwrap_or_else(PoisonError::into_inner);
        list.contains(&me)
    }

    #[inline]
    fn mark_synced(&self) {
        let me = thread::current().id();
        let mut list = self.synced.lock().unwrap_or_else(PoisonError::into_inner);
        if !list.contains(&me) {
            list.push(me);
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if self.already_synced() && self.ready.load(Ordering::Relaxed) {
            return unsafe { (*self.slot_ptr()).as_ref().unwrap() };
        }
        if let Some(v) = self.get() {
            self.mark_synced();
            return v;
        }
        let _g = self.init_mtx.lock().unwrap_or_else(PoisonError::into_inner);
        if !self.ready.load(Ordering::Acquire) {
            let v = init();
            unsafe { *self.slot_ptr() = Some(v) };
            self.ready.store(true, Ordering::Release);
        }
        self.mark_synced();
        unsafe { (*self.slot_ptr()).as_ref().unwrap() }
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
            f.expect("Lazy instance has been poisoned")()
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
