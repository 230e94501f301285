// learner: optimal
// idiom: Ada/SPARK safety engineer: the value lives in a Box published through an AtomicPtr (null = absent), creation serialised by a mutex, Drop reclaims the Box exactly once
//! One-time initialisation that is safe under many threads.
//!
//! Representation: `published` is null while the cell is empty; otherwise it
//! points to a heap value owned by the cell. The pointer changes at most once
//! (null -> non-null) and only under `writer`.

use std::ops::Deref;
use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::Mutex;

pub struct OnceCell<T> {
    published: AtomicPtr<T>,
    writer: Mutex<()>,
}

// SAFETY: the pointee is created by one thread and then only shared as &T.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}
unsafe impl<T: Send> Send for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { published: AtomicPtr::new(ptr::null_mut()), writer: Mutex::new(()) }
    }

    pub fn get(&self) -> Option<&T> {
        let p = self.published.load(Ordering::Acquire);
        // SAFETY: a non-null pointer was published with Release after the
        // Box was fully written, and stays valid until the cell is dropped.
        unsafe { p.as_ref() }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if let Some(v) = self.get() {
            return v;
        }
        let guard = self.writer.lock().unwrap_or_else(|poison| poison.into_inner());
        if self.published.load(Ordering::Acquire).is_null() {
            let fresh: *mut T = Box::into_raw(Box::new(init()));
            self.published.store(fresh, Ordering::Release);
        }
        drop(guard);
        // Postcondition: published is non-null.
        self.get().expect("published under the writer lock")
    }

    pub fn into_inner(self) -> Option<T> {
        let p = self.published.swap(ptr::null_mut(), Ordering::Acquire);
        if p.is_null() {
            None
        } else {
            // SAFETY: p came from Box::into_raw and the swap took ownership back.
            Some(*unsafe { Box::from_raw(p) })
        }
    }
}

impl<T> Drop for OnceCell<T> {
    fn drop(&mut self) {
        let p = *self.published.get_mut();
        if !p.is_null() {
            // SAFETY: sole owner (&mut self); the pointer came from Box::into_raw.
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
        if let Some(v) = this.cell.get() {
            return v;
        }
        this.cell.get_or_init(|| {
            let pending: Option<F> = this.init.lock().unwrap_or_else(|p| p.into_inner()).take();
            let Some(f) = pending else {
                panic!("Lazy::force: initialiser already consumed by a panicking run");
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
