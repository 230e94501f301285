// learner: optimal
// idiom: Crystal-style textbook double-checked locking: AtomicBool ready + Mutex<()> + UnsafeCell<Option<T>>, early returns, small private helper
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

// SAFETY: `value` is written only while holding `lock` and only while `ready`
// is false; after `ready` is stored (Release) it is never written again, and
// readers only touch it after loading `ready == true` (Acquire). Values may be
// created in one thread and dropped/read in another, hence Send + Sync.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { ready: AtomicBool::new(false), lock: Mutex::new(()), value: UnsafeCell::new(None) }
    }

    fn stored(&self) -> &T {
        // SAFETY: only called after `ready` was seen true with Acquire (or under the lock).
        unsafe { (*self.value.get()).as_ref().expect("ready implies a value") }
    }

    pub fn get(&self) -> Option<&T> {
        if self.ready.load(Ordering::Acquire) {
            return Some(self.stored());
        }
        None
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if self.ready.load(Ordering::Acquire) {
            return self.stored();
        }
        let _guard = self.lock.lock().unwrap_or_else(PoisonError::into_inner);
        if self.ready.load(Ordering::Acquire) {
            return self.stored();
        }
        let value = init(); // a panic here leaves ready == false and the slot empty
        // SAFETY: we hold the lock and ready is false, so nobody reads or writes the slot.
        unsafe {
            *self.value.get() = Some(value);
        }
        self.ready.store(true, Ordering::Release);
        self.stored()
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

