// learner: optimal
// idiom: Erlang-ish "process owns the box": AtomicPtr published with Release, Box freed in Drop, match on null
//! One-time initialisation that is safe under many threads.

use std::ops::Deref;
use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::{Mutex, PoisonError};
use std::marker::PhantomData;

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    ptr: AtomicPtr<T>,
    init_lock: Mutex<()>,
    _owns: PhantomData<Box<T>>,
}

// SAFETY: the pointer goes from null to a leaked Box exactly once, under
// `init_lock`, with Release; readers Acquire it and only ever get `&T`.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}
unsafe impl<T: Send> Send for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { ptr: AtomicPtr::new(ptr::null_mut()), init_lock: Mutex::new(()), _owns: PhantomData }
    }

    pub fn get(&self) -> Option<&T> {
        let p = self.ptr.load(Ordering::Acquire);
        // SAFETY: non-null means a fully built Box that lives as long as self.
        unsafe { p.as_ref() }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        match self.get() {
            Some(v) => v,
            None => self.init_slow(init),
        }
    }

    #[cold]
    fn init_slow<F: FnOnce() -> T>(&self, init: F) -> &T {
        let _g = self.init_lock.lock().unwrap_or_else(PoisonError::into_inner);
        match self.get() {
            Some(v) => v,
            None => {
                let raw = Box::into_raw(Box::new(init()));
                self.ptr.store(raw, Ordering::Release);
                // SAFETY: just stored, never freed before self is dropped.
                unsafe { &*raw }
            }
        }
    }

    pub fn into_inner(self) -> Option<T> {
        let p = self.ptr.swap(ptr::null_mut(), Ordering::Acquire);
        if p.is_null() {
            None
        } else {
            // SAFETY: we own the box; the swap leaves null so Drop won't free it again.
            Some(*unsafe { Box::from_raw(p) })
        }
    }
}

impl<T> Drop for OnceCell<T> {
    fn drop(&mut self) {
        let p = *self.ptr.get_mut();
        if !p.is_null() {
            // SAFETY: exclusive access; the box came from Box::into_raw.
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
            let f = this.init.lock().unwrap_or_else(PoisonError::into_inner).take();
            match f {
                Some(f) => f(),
                None => panic!("Lazy poisoned: initialiser panicked earlier"),
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
