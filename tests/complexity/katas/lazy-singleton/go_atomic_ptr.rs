// learner: optimal
// idiom: Go-style (atomic.Pointer publish): AtomicPtr<T> to a boxed value, nil means empty, Mutex<()> serialises writers, Drop frees the box
//! One-time initialisation that is safe under many threads.

use std::marker::PhantomData;
use std::ops::Deref;
use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::{Mutex, PoisonError};

pub struct OnceCell<T> {
    ptr: AtomicPtr<T>,
    mu: Mutex<()>,
    _owns: PhantomData<Box<T>>,
}

// SAFETY: the pointer goes from null to a leaked Box exactly once (under `mu`),
// published with Release; readers Acquire-load it and only ever take `&T`.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { ptr: AtomicPtr::new(ptr::null_mut()), mu: Mutex::new(()), _owns: PhantomData }
    }

    pub fn get(&self) -> Option<&T> {
        let p = self.ptr.load(Ordering::Acquire);
        if p.is_null() {
            return None;
        }
        Some(unsafe { &*p })
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        let p = self.ptr.load(Ordering::Acquire);
        if !p.is_null() {
            return unsafe { &*p };
        }
        let guard = self.mu.lock().unwrap_or_else(PoisonError::into_inner);
        let mut p = self.ptr.load(Ordering::Acquire);
        if p.is_null() {
            p = Box::into_raw(Box::new(init()));
            self.ptr.store(p, Ordering::Release);
        }
        drop(guard);
        unsafe { &*p }
    }

    pub fn into_inner(self) -> Option<T> {
        let p = self.ptr.swap(ptr::null_mut(), Ordering::Acquire);
        if p.is_null() {
            return None;
        }
        let b = unsafe { Box::from_raw(p) };
        Some(*b)
    }
}

impl<T> Drop for OnceCell<T> {
    fn drop(&mut self) {
        let p = *self.ptr.get_mut();
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
            if f.is_none() {
                panic!("Lazy poisoned: its initialiser panicked");
            }
            (f.unwrap())()
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
