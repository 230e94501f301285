// learner: optimal
// idiom: textbook double-checked locking; helpers named after the pseudo-code (IS-INITIALIZED, INITIALIZE), while-free straight-line code, explicit flag
//! One-time initialisation that is safe under many threads.

use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    initialized: AtomicBool,
    lock: Mutex<()>,
    slot: UnsafeCell<Option<T>>,
}

// SAFETY: `slot` is written only while `lock` is held and `initialized` is
// still false; after `initialized` is stored true (Release) it is never
// written again, and readers only read it after loading true (Acquire).
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}
unsafe impl<T: Send> Send for OnceCell<T> {}

impl<T> OnceCell<T> {
    /// An empty cell. `const`, so it can initialise a `static`.
    pub const fn new() -> Self {
        OnceCell {
            initialized: AtomicBool::new(false),
            lock: Mutex::new(()),
            slot: UnsafeCell::new(None),
        }
    }

    /// IS-INITIALIZED(C): one acquire load.
    fn is_initialized(&self) -> bool {
        self.initialized.load(Ordering::Acquire)
    }

    /// READ-SLOT(C): only called once IS-INITIALIZED(C) returned true.
    fn read_slot(&self) -> &T {
        // SAFETY: the flag was observed true with Acquire, so the write of
        // the value happened-before, and no one writes the slot any more.
        let slot = unsafe { &*self.slot.get() };
        match slot {
            Some(v) => v,
            None => unreachable!("flag set but slot empty"),
        }
    }

    /// INITIALIZE(C, f): called with the lock held and the flag false.
    fn initialize<F: FnOnce() -> T>(&self, f: F) {
        let value = f();
        // SAFETY: we hold the lock and the flag is false, so no reader
        // looks at the slot and no other writer exists.
        unsafe {
            *self.slot.get() = Some(value);
        }
        self.initialized.store(true, Ordering::Release);
    }

    /// The value, if some call to `get_or_init` has finished initialising it.
    /// Never blocks.
    pub fn get(&self) -> Option<&T> {
        if self.is_initialized() {
            Some(self.read_slot())
        } else {
            None
        }
    }

    /// Returns the value, running `init` first if the cell is empty.
    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        // first check, without the lock
        if self.is_initialized() {
            return self.read_slot();
        }
        let guard = self.lock.lock().unwrap_or_else(PoisonError::into_inner);
        // second check, under the lock
        if !self.is_initialized() {
            self.initialize(init);
        }
        drop(guard);
        self.read_slot()
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
            let taken = this.init.lock().unwrap_or_else(PoisonError::into_inner).take();
            if let Some(f) = taken {
                f()
            } else {
                panic!("Lazy instance has previously been poisoned")
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
