// learner: optimal
// idiom: textbook double-checked locking: AtomicBool flag + Mutex<()> + UnsafeCell<Option<T>>, early returns, poisoned guard recovered
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

// SAFETY: `value` is written only while `lock` is held and `ready` is false,
// and never again once `ready` has been stored true (Release). Readers touch it
// only after loading `ready == true` (Acquire), so they see the finished write
// and no writer exists any more. T: Send because the value may be created on
// one thread and dropped on another; T: Sync because &T is shared.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    /// An empty cell. `const`, so it can initialise a `static`.
    pub const fn new() -> Self {
        OnceCell { ready: AtomicBool::new(false), lock: Mutex::new(()), value: UnsafeCell::new(None) }
    }

    /// The value, if some call to `get_or_init` has finished initialising it.
    /// Never blocks.
    pub fn get(&self) -> Option<&T> {
        if !self.ready.load(Ordering::Acquire) {
            return None;
        }
        // SAFETY: ready == true, see the Sync impl.
        unsafe { (*self.value.get()).as_ref() }
    }

    /// Returns the value, running `init` first if the cell is empty.
    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if let Some(v) = self.get() {
            return v;
        }
        let guard = self.lock.lock().unwrap_or_else(PoisonError::into_inner);
        if !self.ready.load(Ordering::Acquire) {
            let v = init(); // a panic here leaves value == None, ready == false
            // SAFETY: we hold the lock and ready is false: nobody reads or writes value.
            unsafe {
                *self.value.get() = Some(v);
            }
            self.ready.store(true, Ordering::Release);
        }
        drop(guard);
        // SAFETY: ready is true now.
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

