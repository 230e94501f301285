// learner: optimal
// idiom: AtomicPtr to a leaked Box published with Release, null means empty, Mutex<()> serialises initialisers, manual Drop frees the box
//! One-time initialisation that is safe under many threads.

use std::cell::UnsafeCell;
use std::marker::PhantomData;
use std::ops::Deref;
use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::{Mutex, PoisonError};

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    ptr: AtomicPtr<T>,
    writers: Mutex<()>,
    /// We own a `T` (drop check) and are not automatically Sync.
    _owns: PhantomData<UnsafeCell<T>>,
}

// SAFETY: the pointer goes from null to a Box exactly once, under `writers`,
// with a Release store; readers dereference it only after an Acquire load saw
// it non-null, and the Box is freed only in Drop / into_inner (exclusive access).
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}
unsafe impl<T: Send> Send for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { ptr: AtomicPtr::new(ptr::null_mut()), writers: Mutex::new(()), _owns: PhantomData }
    }

    pub fn get(&self) -> Option<&T> {
        let p = self.ptr.load(Ordering::Acquire);
        // SAFETY: non-null means a fully built Box that lives as long as self.
        unsafe { p.as_ref() }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if let Some(v) = self.get() {
            return v;
        }
        let _w = self.writers.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(v) = self.get() {
            return v;
        }
        let fresh = Box::into_raw(Box::new(init()));
        self.ptr.store(fresh, Ordering::Release);
        // SAFETY: we just stored it; it is never freed while `self` is borrowed.
        unsafe { &*fresh }
    }

    pub fn into_inner(mut self) -> Option<T> {
        let p = std::mem::replace(self.ptr.get_mut(), ptr::null_mut());
        if p.is_null() {
            None
        } else {
            // SAFETY: we own self exclusively and the pointer came from Box::into_raw.
            Some(*unsafe { Box::from_raw(p) })
        }
    }
}

impl<T> Drop for OnceCell<T> {
    fn drop(&mut self) {
        let p = *self.ptr.get_mut();
        if !p.is_null() {
            // SAFETY: exclusive access; allocated by Box::into_raw in get_or_init.
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

