// learner: slow
// why: OnceCell::get_or_init is O(log t) time (t = reader threads) and locks on every call, target O(1) with one atomic load: registers each caller in a Mutex<BTreeSet<String>> (its debug-printed ThreadId) for a metric
//! One-time initialisation that is safe under many threads.

use std::cell::UnsafeCell;
use std::collections::BTreeSet;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};
use std::thread;

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    done: AtomicBool,
    lock: Mutex<()>,
    readers: Mutex<BTreeSet<String>>,
    value: UnsafeCell<Option<T>>,
}

// SAFETY: written once under `lock` before `done` is set with Release.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { done: AtomicBool::new(false), lock: Mutex::new(()), readers: Mutex::new(BTreeSet::new()), value: UnsafeCell::new(None) }
    }

    pub fn get(&self) -> Option<&T> {
        if self.done.load(Ordering::Acquire) {
            unsafe { (*self.value.get()).as_ref() }
        } else {
            None
        }
    }

    /// How many distinct threads have asked for the value (a metric for the dashboard).
    pub fn reader_threads(&self) -> usize {
        self.readers.lock().unwrap_or_else(PoisonError::into_inner).len()
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        self.readers.lock().unwrap_or_else(PoisonError::into_inner).insert(format!("{:?}", thread::current().id()));
        if let Some(v) = self.get() {
            return v;
        }
        let _g = self.lock.lock().unwrap_or_else(PoisonError::into_inner);
        if !self.done.load(Ordering::Acquire) {
            let v = init();
            unsafe { *self.value.get() = Some(v) };
            self.done.store(true, Ordering::Release);
        }
        self.get().unwrap()
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
        if let Some(v) = this.cell.get() {
            return v;
        }
        this.cell.get_or_init(|| {
            let f = this
                .init
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .take()
                .expect("Lazy instance has previously been poisoned");
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
