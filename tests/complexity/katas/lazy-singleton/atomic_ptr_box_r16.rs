// learner: optimal
// idiom: AtomicPtr<T> to a leaked Box (null = empty), Mutex<()> for the slow path, manual Drop/into_inner with Box::from_raw, let-else in Lazy
//! One-time initialisation that is safe under many threads.

use std::marker::PhantomData;
use std::ops::Deref;
use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::Mutex;

pub struct OnceCell<T> {
    ptr: AtomicPtr<T>,
    writer: Mutex<()>,
    _owns: PhantomData<Box<T>>,
}

// SAFETY: the pointer is set once (under `writer`, Release) to a Box that is never
// mutated or freed until the cell itself is dropped or consumed; readers Acquire it.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}
unsafe impl<T: Send> Send for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { ptr: AtomicPtr::new(ptr::null_mut()), writer: Mutex::new(()), _owns: PhantomData }
    }

    pub fn get(&self) -> Option<&T> {
        let p = self.ptr.load(Ordering::Acquire);
        // SAFETY: non-null means a fully built Box published with Release
        unsafe { p.as_ref() }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if let Some(v) = self.get() {
            return v;
        }
        let guard = match self.writer.lock() {
            Ok(g) => g,
            Err(e) => e.into_inner(),
        };
        if let Some(v) = self.get() {
            return v;
        }
        let raw = Box::into_raw(Box::new(init()));
        self.ptr.store(raw, Ordering::Release);
        drop(guard);
        // SAFETY: just published, lives as long as &self
        unsafe { &*raw }
    }

    pub fn into_inner(mut self) -> Option<T> {
        let p = std::mem::replace(self.ptr.get_mut(), ptr::null_mut());
        if p.is_null() {
            None
        } else {
            // SAFETY: we own the Box and have cleared the pointer so Drop will not free it
            Some(*unsafe { Box::from_raw(p) })
        }
    }
}

impl<T> Drop for OnceCell<T> {
    fn drop(&mut self) {
        let p = *self.ptr.get_mut();
        if !p.is_null() {
            // SAFETY: the Box was leaked by get_or_init and is freed only here
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
                Err(poisoned) => poisoned.into_inner().take(),
            };
            let Some(f) = taken else {
                panic!("Lazy: poisoned by an earlier panicking initialiser");
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

