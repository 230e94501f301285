// learner: optimal
// idiom: Ada/SPARK safety engineer: ready flag (Acquire/Release) + init mutex, double check spelled out with documented invariants and SAFETY comments
//! One-time initialisation that is safe under many threads.
//!
//! Invariant (checked by review, not by the compiler):
//!   `ready == true`  ==>  `slot` holds `Some(value)` and is never written again.
//!   `slot` is only written while `init_lock` is held and `ready == false`.

use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard};

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    ready: AtomicBool,
    init_lock: Mutex<()>,
    slot: UnsafeCell<Option<T>>,
}

// SAFETY: the slot is written by at most one thread (holding `init_lock`,
// before `ready` is published with Release) and afterwards only read through
// shared references. Readers synchronise through the Acquire load of `ready`.
// Sharing `&T` between threads needs `T: Sync`; moving the value into the
// cell from another thread needs `T: Send`.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}
unsafe impl<T: Send> Send for OnceCell<T> {}

/// Takes a lock even if an earlier initialiser panicked while holding it:
/// the protected data is `()`, so poisoning carries no information here.
fn acquire(lock: &Mutex<()>) -> MutexGuard<'_, ()> {
    match lock.lock() {
        Ok(guard) => guard,
        Err(poisoned) => poisoned.into_inner(),
    }
}

impl<T> OnceCell<T> {
    /// An empty cell. `const`, so it can initialise a `static`.
    pub const fn new() -> Self {
        OnceCell { ready: AtomicBool::new(false), init_lock: Mutex::new(()), slot: UnsafeCell::new(None) }
    }

    /// The value, if some call to `get_or_init` has finished initialising it.
    /// Never blocks.
    pub fn get(&self) -> Option<&T> {
        if self.ready.load(Ordering::Acquire) {
            // SAFETY: ready == true, so the slot is initialised and frozen.
            unsafe { (*self.slot.get()).as_ref() }
        } else {
            None
        }
    }

    /// Returns the value, running `init` first if the cell is empty.
    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        // First check: no lock.
        if let Some(value) = self.get() {
            return value;
        }
        let _guard = acquire(&self.init_lock);
        // Second check: under the lock, another thread may have finished meanwhile.
        if !self.ready.load(Ordering::Acquire) {
            // If `init` panics the guard is released by unwinding, `ready`
            // stays false and the slot stays None: the next caller retries.
            let value = init();
            // SAFETY: we hold the lock and ready == false, so no reader looks at the slot.
            unsafe {
                *self.slot.get() = Some(value);
            }
            self.ready.store(true, Ordering::Release);
        }
        match self.get() {
            Some(value) => value,
            None => unreachable!("ready was published above"),
        }
    }

    /// Consumes the cell and returns its value, if any.
    pub fn into_inner(self) -> Option<T> {
        self.slot.into_inner()
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
            let taken = match this.init.lock() {
                Ok(mut slot) => slot.take(),
                Err(poisoned) => poisoned.into_inner().take(),
            };
            match taken {
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
