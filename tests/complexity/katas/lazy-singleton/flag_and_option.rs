// learner: optimal
// idiom: AtomicBool "ready" flag + UnsafeCell<Option<T>>, Option combinators (then/map/or_else), closures everywhere
//! One-time initialisation that is safe under many threads.

use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    ready: AtomicBool,
    lock: Mutex<()>,
    value: UnsafeCell<Option<T>>,
}

// Safe because: `value` only gets written while holding `lock` and while
// `ready` is still false, and nobody reads it until they see ready == true
// (Acquire pairs with the Release store after the write). After that it is
// read-only forever.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    /// An empty cell. `const`, so it can initialise a `static`.
    pub const fn new() -> Self {
        Self { ready: AtomicBool::new(false), lock: Mutex::new(()), value: UnsafeCell::new(None) }
    }

    /// The value, if some call to `get_or_init` has finished initialising it.
    /// Never blocks.
    pub fn get(&self) -> Option<&T> {
        self.ready
            .load(Ordering::Acquire)
            .then(|| unsafe { &*self.value.get() })
            .and_then(|slot| slot.as_ref())
    }

    /// Returns the value, running `init` first if the cell is empty.
    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        self.get().unwrap_or_else(|| {
            let _guard = self.lock.lock().unwrap_or_else(PoisonError::into_inner);
            // someone else might have finished while we waited for the lock
            if let Some(v) = self.get() {
                return v;
            }
            let fresh = init(); // if this panics, nothing was written: still empty
            let slot = unsafe { &mut *self.value.get() };
            *slot = Some(fresh);
            self.ready.store(true, Ordering::Release);
            slot.as_ref().expect("just stored it")
        })
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
    pub fn force(this: &Self) -> &T {
        this.cell.get_or_init(|| {
            let maybe_fn = this.init.lock().map(|mut g| g.take()).unwrap_or_else(|e| e.into_inner().take());
            let f = maybe_fn.expect("Lazy instance has previously been poisoned");
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
