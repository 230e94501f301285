// learner: optimal
// idiom: AtomicPtr<T> published with Box::into_raw (null = empty), init serialised by a Mutex<()>, Drop frees the box; let-else for the slow path
use std::cell::UnsafeCell;
use std::marker::PhantomData;
use std::ops::Deref;
use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::{Mutex, PoisonError};

pub struct OnceCell<T> {
    ptr: AtomicPtr<T>,
    init_lock: Mutex<()>,
    // owns a T and is not automatically Sync: the impl below states the bounds
    _owns: PhantomData<UnsafeCell<T>>,
}

// SAFETY: the pointee is created once, under `init_lock`, and published with a
// Release store; readers Acquire-load the pointer before dereferencing it.
// It is never mutated afterwards and freed only through `&mut self`.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}
unsafe impl<T: Send> Send for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { ptr: AtomicPtr::new(ptr::null_mut()), init_lock: Mutex::new(()), _owns: PhantomData }
    }

    pub fn get(&self) -> Option<&T> {
        let p = self.ptr.load(Ordering::Acquire);
        // SAFETY: a non-null pointer was published complete and lives as long as self.
        unsafe { p.as_ref() }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if let Some(v) = self.get() {
            return v;
        }
        let _held = self.init_lock.lock().unwrap_or_else(PoisonError::into_inner);
        let Some(v) = self.get() else {
            let fresh = Box::into_raw(Box::new(init()));
            self.ptr.store(fresh, Ordering::Release);
            // SAFETY: just allocated, owned by the cell from now on.
            return unsafe { &*fresh };
        };
        v
    }

    pub fn into_inner(mut self) -> Option<T> {
        let p = std::mem::replace(self.ptr.get_mut(), ptr::null_mut());
        if p.is_null() {
            None
        } else {
            // SAFETY: came from Box::into_raw, and the cell no longer points at it.
            Some(*unsafe { Box::from_raw(p) })
        }
    }
}

impl<T> Drop for OnceCell<T> {
    fn drop(&mut self) {
        let p = *self.ptr.get_mut();
        if !p.is_null() {
            // SAFETY: came from Box::into_raw and nobody can read it any more.
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
            let f = this
                .init
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .take()
                .expect("Lazy instance has previously been poisoned");
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
