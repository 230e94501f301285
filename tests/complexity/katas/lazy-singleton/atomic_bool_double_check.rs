// learner: optimal
// idiom: textbook double-checked locking: AtomicBool flag + Mutex<()> + UnsafeCell<Option<T>>, early return on the fast path
//! One-time initialisation that is safe under many threads.

use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};

pub struct OnceCell<T> {
    ready: AtomicBool,
    lock: Mutex<()>,
    value: UnsafeCell<Option<T>>,
}

// SAFETY: `value` is written only while holding `lock` and before `ready` is
// set (Release); afterwards it is only read, by threads that observed `ready`
// with Acquire. So shared access never races with the single write.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}
unsafe impl<T: Send> Send for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { ready: AtomicBool::new(false), lock: Mutex::new(()), value: UnsafeCell::new(None) }
    }

    pub fn get(&self) -> Option<&T> {
        if self.ready.load(Ordering::Acquire) {
            // SAFETY: ready == true means the value was fully written and is never written again.
            unsafe { (*self.value.get()).as_ref() }
        } else {
            None
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if let Some(v) = self.get() {
            return v;
        }
        let _guard = self.lock.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(v) = self.get() {
            return v;
        }
        let made = init();
        // SAFETY: we hold the lock and ready is false: nobody reads or writes value.
        unsafe {
            *self.value.get() = Some(made);
        }
        self.ready.store(true, Ordering::Release);
        // SAFETY: just written, now immutable.
        unsafe { (*self.value.get()).as_ref().unwrap() }
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
