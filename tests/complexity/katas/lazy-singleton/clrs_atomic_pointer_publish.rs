// learner: optimal
// idiom: pointer publication: AtomicPtr with NIL sentinel (null), Box allocated under the lock, freed in Drop; procedures ALLOCATE/PUBLISH
//! One-time initialisation that is safe under many threads.

use std::ops::Deref;
use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::{Mutex, PoisonError};

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    head: AtomicPtr<T>, // NIL (null) until published
    mutex: Mutex<()>,
}

// SAFETY: the pointee is created once under `mutex`, published with Release,
// read only after an Acquire load returned non-NIL and freed only in `drop`
// / `into_inner`, which own the cell.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}
unsafe impl<T: Send> Send for OnceCell<T> {}

const fn nil<T>() -> *mut T {
    ptr::null_mut()
}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { head: AtomicPtr::new(nil()), mutex: Mutex::new(()) }
    }

    /// DEREFERENCE(p): p is a published, non-NIL pointer.
    fn dereference(&self, p: *mut T) -> &T {
        // SAFETY: p came from Box::into_raw and lives until the cell drops.
        unsafe { &*p }
    }

    /// PUBLISH(C, x)
    fn publish(&self, x: T) -> *mut T {
        let p = Box::into_raw(Box::new(x));
        self.head.store(p, Ordering::Release);
        p
    }

    pub fn get(&self) -> Option<&T> {
        let p = self.head.load(Ordering::Acquire);
        if p == nil() {
            return None;
        }
        Some(self.dereference(p))
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        let mut p = self.head.load(Ordering::Acquire);
        if p == nil() {
            let _guard = self.mutex.lock().unwrap_or_else(PoisonError::into_inner);
            p = self.head.load(Ordering::Acquire);
            if p == nil() {
                let x = init();
                p = self.publish(x);
            }
        }
        self.dereference(p)
    }

    pub fn into_inner(self) -> Option<T> {
        let p = self.head.swap(nil(), Ordering::Acquire);
        // `self` drops after this with a NIL pointer: nothing freed twice.
        if p == nil() {
            None
        } else {
            // SAFETY: we own the cell, p came from Box::into_raw.
            Some(*unsafe { Box::from_raw(p) })
        }
    }
}

impl<T> Drop for OnceCell<T> {
    fn drop(&mut self) {
        let p = *self.head.get_mut();
        if p != nil() {
            // SAFETY: allocated by `publish`, never freed before.
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
        this.cell.get_or_init(|| {
            let mut slot = this.init.lock().unwrap_or_else(PoisonError::into_inner);
            let f = slot.take();
            drop(slot);
            match f {
                Some(f) => f(),
                None => panic!("Lazy::force: poisoned, the initialiser panicked before"),
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
