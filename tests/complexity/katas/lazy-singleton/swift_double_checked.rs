// learner: optimal
// idiom: Swift-style textbook double-checked locking: AtomicBool + Mutex<()> + UnsafeCell<Option<T>>, guard-style early returns, let-else in Lazy
use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};

pub struct OnceCell<T> {
    is_ready: AtomicBool,
    lock: Mutex<()>,
    value: UnsafeCell<Option<T>>,
}

// SAFETY: `value` is written only while holding `lock` and only while `is_ready` is false
// (so no reader can hold a reference yet); after the Release store of `is_ready` it is never
// written again, only shared-read. T: Send because the value may be dropped on another
// thread, T: Sync because &T is handed to many threads.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { is_ready: AtomicBool::new(false), lock: Mutex::new(()), value: UnsafeCell::new(None) }
    }

    pub fn get(&self) -> Option<&T> {
        guard_ready(&self.is_ready)?;
        // SAFETY: ready was observed with Acquire, so the write of the value happened-before.
        unsafe { (*self.value.get()).as_ref() }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if let Some(value) = self.get() {
            return value;
        }
        let _guard = self.lock.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(value) = self.get() {
            return value;
        }
        let made = init();
        // SAFETY: we hold the lock and nobody has seen a value (is_ready is false).
        unsafe {
            *self.value.get() = Some(made);
        }
        self.is_ready.store(true, Ordering::Release);
        self.get().expect("just initialised")
    }

    pub fn into_inner(self) -> Option<T> {
        self.value.into_inner()
    }
}

fn guard_ready(flag: &AtomicBool) -> Option<()> {
    if flag.load(Ordering::Acquire) { Some(()) } else { None }
}

impl<T> Default for OnceCell<T> {
    fn default() -> Self {
        Self::new()
    }
}

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
            let Some(f) = taken else {
                panic!("Lazy instance has previously been poisoned");
            };
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
