// learner: optimal
// idiom: Tcl/Tk tools engineer: textbook double-checked locking, an AtomicBool "ready" flag, a Mutex<()> as the init lock and an UnsafeCell<Option<T>> for the value
//! One-time initialisation that is safe under many threads.

use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    ready: AtomicBool,
    init_lock: Mutex<()>,
    value: UnsafeCell<Option<T>>,
}

// SAFETY: the value is written once, under init_lock, before ready is set with Release;
// readers only touch it after seeing ready with Acquire, and never write it.
// Sharing &T between threads needs T: Sync, and a value built on one thread and dropped
// on another needs T: Send.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { ready: AtomicBool::new(false), init_lock: Mutex::new(()), value: UnsafeCell::new(None) }
    }

    pub fn get(&self) -> Option<&T> {
        if self.ready.load(Ordering::Acquire) {
            // SAFETY: ready == true means the write is finished and visible; no more writes follow.
            unsafe { (*self.value.get()).as_ref() }
        } else {
            None
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if let Some(v) = self.get() {
            return v;
        }
        // a panicking initialiser poisons the lock; the cell is still empty, so carry on
        let _guard = self.init_lock.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(v) = self.get() {
            return v;
        }
        let v = init();
        // SAFETY: we hold init_lock and ready is false, so nobody reads or writes the slot.
        unsafe {
            *self.value.get() = Some(v);
        }
        self.ready.store(true, Ordering::Release);
        self.get().expect("just initialised")
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

    /// # Panics
    /// If the initialiser panicked on an earlier access, every later access panics too.
    pub fn force(this: &Self) -> &T {
        this.cell.get_or_init(|| {
            let taken = this.init.lock().unwrap_or_else(|e| e.into_inner()).take();
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

