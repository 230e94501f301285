// learner: optimal
// idiom: AtomicPtr to a leaked Box: get is one Acquire load of the pointer; init under a Mutex with a re-check; Drop frees the Box
use std::marker::PhantomData;
use std::ops::Deref;
use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::{Mutex, PoisonError};

pub struct OnceCell<T> {
    ptr: AtomicPtr<T>,
    lock: Mutex<()>,
    // We own a T (drop check) and opt out of the automatic Send/Sync of AtomicPtr.
    _owns: PhantomData<*const T>,
}

// SAFETY: the pointee is written once, before the pointer is published with Release,
// and only shared (&T) afterwards. Dropping may happen on any thread, hence T: Send.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}
unsafe impl<T: Send> Send for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { ptr: AtomicPtr::new(ptr::null_mut()), lock: Mutex::new(()), _owns: PhantomData }
    }

    pub fn get(&self) -> Option<&T> {
        let p = self.ptr.load(Ordering::Acquire);
        // SAFETY: non-null pointers come from Box::into_raw and live as long as self.
        unsafe { p.as_ref() }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if let Some(v) = self.get() {
            return v;
        }
        let _guard = self.lock.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(v) = self.get() {
            return v;
        }
        let boxed = Box::into_raw(Box::new(init()));
        self.ptr.store(boxed, Ordering::Release);
        // SAFETY: just stored, never freed before self.
        unsafe { &*boxed }
    }

    pub fn into_inner(self) -> Option<T> {
        let p = self.ptr.swap(ptr::null_mut(), Ordering::Acquire);
        if p.is_null() {
            None
        } else {
            // SAFETY: we own the cell, nobody else can see the pointer any more.
            Some(*unsafe { Box::from_raw(p) })
        }
    }
}

impl<T> Drop for OnceCell<T> {
    fn drop(&mut self) {
        let p = *self.ptr.get_mut();
        if !p.is_null() {
            // SAFETY: allocated by Box::into_raw in get_or_init, freed only here.
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
