// learner: optimal
// idiom: Standard ML student: the textbook double-checked locking, an AtomicBool "ready" flag, a Mutex<()> and an UnsafeCell<Option<T>>; every read goes through one small `peek` function that returns an Option
// why:
//! One-time initialisation that is safe under many threads.

use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    ready: AtomicBool,
    lock: Mutex<()>,
    slot: UnsafeCell<Option<T>>,
}

// SAFETY: the slot is written only while holding `lock` and before `ready` is set
// (Release); it is read only after `ready` was seen true (Acquire), and never written again.
// Threads share `&T`, so T must be Sync; the value may be dropped on another thread: Send.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    /// An empty cell. `const`, so it can initialise a `static`.
    pub const fn new() -> Self {
        OnceCell { ready: AtomicBool::new(false), lock: Mutex::new(()), slot: UnsafeCell::new(None) }
    }

    fn peek(&self) -> Option<&T> {
        if self.ready.load(Ordering::Acquire) {
            // SAFETY: ready is true, so the slot was filled and will not change
            unsafe { (*self.slot.get()).as_ref() }
        } else {
            None
        }
    }

    /// The value, if some call to `get_or_init` has finished initialising it.
    pub fn get(&self) -> Option<&T> {
        self.peek()
    }

    /// Returns the value, running `init` first if the cell is empty.
    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if let Some(v) = self.peek() {
            return v;
        }
        // a panicking initialiser poisons the lock; the cell is still empty then, so carry on
        let _guard = self.lock.lock().unwrap_or_else(PoisonError::into_inner);
        match self.peek() {
            Some(v) => v,
            None => {
                let v = init();
                // SAFETY: we hold the lock and ready is false: nobody reads or writes the slot
                unsafe { *self.slot.get() = Some(v) };
                self.ready.store(true, Ordering::Release);
                self.peek().expect("just stored")
            }
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
