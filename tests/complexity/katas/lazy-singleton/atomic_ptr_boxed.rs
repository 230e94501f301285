// learner: optimal
// idiom: AtomicPtr<T> to a leaked Box (null = empty), Mutex<()> serialises initialisers, Drop reclaims the Box
//! One-time initialisation that is safe under many threads.

use std::marker::PhantomData;
use std::ops::Deref;
use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::{Mutex, PoisonError};

pub struct OnceCell<T> {
    ptr: AtomicPtr<T>,
    writers: Mutex<()>,
    _owns: PhantomData<Box<T>>,
}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { ptr: AtomicPtr::new(ptr::null_mut()), writers: Mutex::new(()), _owns: PhantomData }
    }

    pub fn get(&self) -> Option<&T> {
        let p = self.ptr.load(Ordering::Acquire);
        // SAFETY: a non-null pointer came from Box::into_raw, published with
        // Release, and is freed only in Drop/into_inner (which take self by value).
        unsafe { p.as_ref() }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        match self.get() {
            Some(v) => v,
            None => {
                let _w = self.writers.lock().unwrap_or_else(PoisonError::into_inner);
                match self.get() {
                    Some(v) => v,
                    None => {
                        let raw = Box::into_raw(Box::new(init()));
                        self.ptr.store(raw, Ordering::Release);
                        // SAFETY: just created and published; lives until the cell is dropped.
                        unsafe { &*raw }
                    }
                }
            }
        }
    }

    pub fn into_inner(mut self) -> Option<T> {
        let p = std::mem::replace(self.ptr.get_mut(), ptr::null_mut());
        if p.is_null() {
            None
        } else {
            // SAFETY: we own the only pointer to the Box.
            Some(*unsafe { Box::from_raw(p) })
        }
    }
}

impl<T> Drop for OnceCell<T> {
    fn drop(&mut self) {
        let p = *self.ptr.get_mut();
        if !p.is_null() {
            // SAFETY: see into_inner.
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
