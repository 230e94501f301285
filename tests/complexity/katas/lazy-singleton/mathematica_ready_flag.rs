// learner: optimal
// idiom: Mathematica / Wolfram Language user: AtomicBool "ready" flag + Mutex, the double check written as nested matches
// why: the fast path of get/get_or_init/force is one Acquire load; the slow path locks once and re-checks; no per-call allocation, O(1) space

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

// SAFETY: `value` is written exactly once, by the thread holding `lock`,
// and only before `ready` is stored with Release. Every reader first loads
// `ready` with Acquire and reads `value` only when it is true, so after
// publication there are shared reads only. T: Send because the value may
// be created on one thread and dropped on another; T: Sync because every
// thread gets a `&T`.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    /// An empty cell. `const`, so it can initialise a `static`.
    pub const fn new() -> Self {
        OnceCell { ready: AtomicBool::new(false), lock: Mutex::new(()), value: UnsafeCell::new(None) }
    }

    /// The value, if some call to `get_or_init` has finished initialising it.
    /// Never blocks.
    pub fn get(&self) -> Option<&T> {
        match self.ready.load(Ordering::Acquire) {
            // SAFETY: ready == true means the write happened-before this load.
            true => unsafe { (*self.value.get()).as_ref() },
            false => None,
        }
    }

    /// Returns the value, running `init` first if the cell is empty.
    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        match self.get() {
            Some(v) => v,
            None => {
                // A panicking `init` poisons the mutex but leaves the cell
                // empty and consistent, so the poison can be ignored.
                let _guard = self.lock.lock().unwrap_or_else(PoisonError::into_inner);
                match self.get() {
                    Some(v) => v, // somebody else won while we waited
                    None => {
                        let made = init();
                        // SAFETY: we hold `lock` and `ready` is false: nobody reads `value`.
                        unsafe { *self.value.get() = Some(made) };
                        self.ready.store(true, Ordering::Release);
                        self.get().expect("just published")
                    }
                }
            }
        }
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
            let taken = this.init.lock().unwrap_or_else(PoisonError::into_inner).take();
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
