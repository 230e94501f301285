//! One-time initialisation that is safe under many threads, built from a
//! `Mutex` and an atomic flag (double-checked locking).

use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    /// Set (with `Release`) only after `value` has been written.
    ready: AtomicBool,
    /// Serialises initialisers.
    lock: Mutex<()>,
    value: UnsafeCell<Option<T>>,
}

// SAFETY: `value` is written only while holding `lock` and before `ready` is
// set; after that it is only read. Sharing `&OnceCell<T>` across threads
// hands out `&T` (needs `T: Sync`) and lets any thread create the value that
// the owner's thread later drops (needs `T: Send`).
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    /// An empty cell. `const`, so it can initialise a `static`.
    pub const fn new() -> Self {
        OnceCell { ready: AtomicBool::new(false), lock: Mutex::new(()), value: UnsafeCell::new(None) }
    }

    /// The value, if some call to `get_or_init` has finished initialising it.
    pub fn get(&self) -> Option<&T> {
        if self.ready.load(Ordering::Acquire) {
            // SAFETY: `ready` is true, so `value` was written (and the write is
            // visible thanks to Acquire/Release) and is never written again.
            unsafe { (*self.value.get()).as_ref() }
        } else {
            None
        }
    }

    /// Returns the value, running `init` first if the cell is empty.
    ///
    /// However many threads call this at once, `init` runs in one of them at
    /// a time and, once it has returned, never again; the others wait and all
    /// see the same value. If `init` panics, the panic propagates to its
    /// caller, the cell stays empty and the next caller tries again.
    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        // Fast path: one atomic load, no lock, once initialised.
        if let Some(value) = self.get() {
            return value;
        }
        // A panicking initialiser poisons the mutex; the cell is still
        // consistent (empty), so carry on.
        let _guard = self.lock.lock().unwrap_or_else(PoisonError::into_inner);
        // Second check: another thread may have finished while we waited.
        if !self.ready.load(Ordering::Acquire) {
            let value = init();
            // SAFETY: we hold the lock and `ready` is false, so no other
            // thread reads or writes `value` now.
            unsafe { *self.value.get() = Some(value) };
            self.ready.store(true, Ordering::Release);
        }
        self.get().expect("the cell was just initialised")
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

// `Lazy` is `Sync` automatically when `OnceCell<T>` and `Mutex<Option<F>>`
// are, i.e. for `T: Send + Sync` and `F: Send`.

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
            let init = this
                .init
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .take()
                .expect("Lazy instance has previously been poisoned");
            init()
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
