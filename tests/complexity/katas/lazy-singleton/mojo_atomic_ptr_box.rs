// learner: optimal
// idiom: Mojo: the cell is one AtomicPtr<T> to a heap-boxed value (null = empty); publish = Box::into_raw + Release store, read = Acquire load + deref
// why: a read is one Acquire pointer load: O(1), lock-free; the first initialiser runs under a Mutex with a re-check, once

//! One-time initialisation that is safe under many threads.
//!
//! Built from `std::sync::Mutex` / atomics and an `UnsafeCell`.

use std::marker::PhantomData;
use std::ops::Deref;
use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::{Mutex, PoisonError};

pub struct OnceCell<T> {
    ptr: AtomicPtr<T>,
    lock: Mutex<()>,
    // owns a T (drop check, Send/Sync follow T)
    _own: PhantomData<Box<T>>,
}

// SAFETY: the pointee is written before the pointer is published with
// Release, never mutated afterwards, and freed only by `&mut self` (drop /
// into_inner). Sharing &OnceCell hands out &T, so T must be Sync; the value
// may be dropped on another thread than the one that built it, so T: Send.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { ptr: AtomicPtr::new(ptr::null_mut()), lock: Mutex::new(()), _own: PhantomData }
    }

    #[inline(always)]
    fn load(&self) -> *mut T {
        self.ptr.load(Ordering::Acquire)
    }

    #[inline(always)]
    pub fn get(&self) -> Option<&T> {
        // SAFETY: a non-null pointer was published with Release and stays valid for &self
        unsafe { self.load().as_ref() }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        let p = self.load();
        if !p.is_null() {
            return unsafe { &*p };
        }
        let _g = self.lock.lock().unwrap_or_else(PoisonError::into_inner);
        let p = self.load();
        if !p.is_null() {
            return unsafe { &*p };
        }
        let raw = Box::into_raw(Box::new(init()));
        self.ptr.store(raw, Ordering::Release);
        unsafe { &*raw }
    }

    pub fn into_inner(mut self) -> Option<T> {
        let p = std::mem::replace(self.ptr.get_mut(), ptr::null_mut());
        if p.is_null() {
            None
        } else {
            // SAFETY: p came from Box::into_raw and is taken out exactly once
            Some(*unsafe { Box::from_raw(p) })
        }
    }
}

impl<T> Drop for OnceCell<T> {
    fn drop(&mut self) {
        let p = *self.ptr.get_mut();
        if !p.is_null() {
            // SAFETY: from Box::into_raw, freed exactly once
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
    /// A lazy value that `init` will compute. `const`, for use in a `static`.
    pub const fn new(init: F) -> Self {
        Lazy { cell: OnceCell::new(), init: Mutex::new(Some(init)) }
    }

    /// Computes the value if needed and returns it.
    ///
    /// # Panics
    /// If the initialiser panicked on an earlier access (it is gone then),
    /// every later access panics too.
    pub fn force(this: &Self) -> &T {
        this.cell.get_or_init(|| {
            let f = this.init.lock().unwrap_or_else(PoisonError::into_inner).take();
            match f {
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
