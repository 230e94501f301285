// learner: optimal
// idiom: "a null pointer is NaN": AtomicPtr to a boxed value, null means missing; match on the loaded pointer, lock only on the slow path
//! One-time initialisation that is safe under many threads.

use std::ops::Deref;
use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::Mutex;

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    data: AtomicPtr<T>,
    gate: Mutex<()>,
}

// SAFETY: the pointee is created once (under `gate`), published with a
// Release store and only read through shared references after an Acquire
// load; it is freed only in Drop / into_inner (exclusive access).
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}
unsafe impl<T: Send> Send for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { data: AtomicPtr::new(ptr::null_mut()), gate: Mutex::new(()) }
    }

    pub fn get(&self) -> Option<&T> {
        let p = self.data.load(Ordering::Acquire);
        // SAFETY: non-null means fully built and never freed while &self lives.
        unsafe { p.as_ref() }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        match self.get() {
            Some(v) => v,
            None => {
                let guard = match self.gate.lock() {
                    Ok(g) => g,
                    Err(poisoned) => poisoned.into_inner(),
                };
                let current = self.data.load(Ordering::Acquire);
                let out = if current.is_null() {
                    let fresh = Box::into_raw(Box::new(init()));
                    self.data.store(fresh, Ordering::Release);
                    fresh
                } else {
                    current
                };
                drop(guard);
                unsafe { &*out }
            }
        }
    }

    pub fn into_inner(mut self) -> Option<T> {
        let p = std::mem::replace(self.data.get_mut(), ptr::null_mut());
        if p.is_null() {
            None
        } else {
            Some(*unsafe { Box::from_raw(p) })
        }
    }
}

impl<T> Drop for OnceCell<T> {
    fn drop(&mut self) {
        let p = *self.data.get_mut();
        if !p.is_null() {
            drop(unsafe { Box::from_raw(p) });
        }
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
        if let Some(v) = this.cell.get() {
            return v;
        }
        this.cell.get_or_init(|| {
            let taken = match this.init.lock() {
                Ok(mut g) => g.take(),
                Err(p) => p.into_inner().take(),
            };
            let f = taken.expect("Lazy instance has been poisoned");
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
