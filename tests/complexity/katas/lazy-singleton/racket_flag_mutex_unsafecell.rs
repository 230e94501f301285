// learner: optimal
// idiom: Racket-style: AtomicBool + Mutex<()> + UnsafeCell<Option<T>>, tiny helper fns composed with Option combinators, no mutable locals
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

// SAFETY: `value` is written only while holding `lock` and only while `ready` is false; after
// `ready` is stored (Release) it is never written again, only read through `&T`, and readers
// look at it only after loading `ready == true` (Acquire). So sharing needs T: Sync, and the
// value may be created in one thread and dropped in another, so T: Send.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { ready: AtomicBool::new(false), lock: Mutex::new(()), value: UnsafeCell::new(None) }
    }

    fn is_ready(&self) -> bool {
        self.ready.load(Ordering::Acquire)
    }

    /// Only call once `is_ready()` has been observed true.
    fn peek(&self) -> Option<&T> {
        // SAFETY: see the Sync impl; no writer exists once ready.
        unsafe { (*self.value.get()).as_ref() }
    }

    pub fn get(&self) -> Option<&T> {
        self.is_ready().then(|| self.peek()).flatten()
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        self.get().unwrap_or_else(|| self.slow_path(init))
    }

    #[cold]
    fn slow_path<F: FnOnce() -> T>(&self, init: F) -> &T {
        let _guard = self.lock.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(v) = self.get() {
            return v;
        }
        let made = init();
        // SAFETY: we hold the lock and ready is false, so nobody reads or writes value.
        unsafe { *self.value.get() = Some(made) };
        self.ready.store(true, Ordering::Release);
        self.peek().expect("just stored")
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
            taken.map(|f| f()).unwrap_or_else(|| panic!("Lazy instance has previously been poisoned"))
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
