// learner: optimal
// idiom: Raku enthusiast: the value lives in a Box behind an AtomicPtr (null = Nil), one Acquire load on the read path, swap-and-free for into_inner, map/filter on Option
//! One-time initialisation that is safe under many threads.

use std::ops::Deref;
use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering::*};
use std::sync::Mutex;

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    ptr: AtomicPtr<T>,
    writer: Mutex<()>,
}

// SAFETY: the pointee is published once with Release and never mutated or
// freed while shared; readers get it through an Acquire load.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}
unsafe impl<T: Send> Send for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { ptr: AtomicPtr::new(ptr::null_mut()), writer: Mutex::new(()) }
    }

    pub fn get(&self) -> Option<&T> {
        // SAFETY: non-null ⇒ a leaked Box that lives as long as the cell.
        unsafe { self.ptr.load(Acquire).as_ref() }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        self.get().unwrap_or_else(|| {
            let _w = self.writer.lock().unwrap_or_else(|e| e.into_inner());
            self.get().unwrap_or_else(|| {
                let raw = Box::into_raw(Box::new(init()));
                self.ptr.store(raw, Release);
                // SAFETY: we just published it.
                unsafe { &*raw }
            })
        })
    }

    pub fn into_inner(mut self) -> Option<T> {
        let raw = std::mem::replace(self.ptr.get_mut(), ptr::null_mut());
        // SAFETY: we own the cell; the pointer came from Box::into_raw.
        (!raw.is_null()).then(|| *unsafe { Box::from_raw(raw) })
    }
}

impl<T> Drop for OnceCell<T> {
    fn drop(&mut self) {
        let raw = *self.ptr.get_mut();
        if !raw.is_null() {
            // SAFETY: owned, from Box::into_raw, freed exactly once.
            drop(unsafe { Box::from_raw(raw) });
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
            let f = this.init.lock().unwrap_or_else(|e| e.into_inner()).take();
            f.map(|f| f()).expect("Lazy poisoned: its initialiser panicked before")
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
