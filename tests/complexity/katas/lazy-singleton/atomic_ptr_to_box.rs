// learner: optimal
// idiom: Tcl/Tk tools engineer: the value lives in a Box and the cell is just an AtomicPtr (null = not yet), like a C extension keeping a static pointer, guarded by a plain Mutex for the slow path
//! One-time initialisation that is safe under many threads.

use std::cell::UnsafeCell;
use std::marker::PhantomData;
use std::ops::Deref;
use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::Mutex;

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    ptr: AtomicPtr<T>,
    slow_path: Mutex<()>,
    /// We own a T (drop check), and we are not Sync by ourselves.
    _owns: PhantomData<UnsafeCell<Box<T>>>,
}

// SAFETY: the Box is published once with Release and read after an Acquire load; after that
// it is only read (T: Sync) and finally dropped, maybe on another thread (T: Send).
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { ptr: AtomicPtr::new(ptr::null_mut()), slow_path: Mutex::new(()), _owns: PhantomData }
    }

    pub fn get(&self) -> Option<&T> {
        let p = self.ptr.load(Ordering::Acquire);
        // SAFETY: a non-null pointer came from Box::into_raw and lives as long as self.
        unsafe { p.as_ref() }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if let Some(v) = self.get() {
            return v;
        }
        let _lock = match self.slow_path.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        if let Some(v) = self.get() {
            return v;
        }
        let raw = Box::into_raw(Box::new(init()));
        self.ptr.store(raw, Ordering::Release);
        // SAFETY: just published, owned by self from now on.
        unsafe { &*raw }
    }

    pub fn into_inner(self) -> Option<T> {
        let p = self.ptr.swap(ptr::null_mut(), Ordering::Acquire);
        if p.is_null() {
            None
        } else {
            // SAFETY: we took the only pointer out; Drop will see null.
            Some(*unsafe { Box::from_raw(p) })
        }
    }
}

impl<T> Drop for OnceCell<T> {
    fn drop(&mut self) {
        let p = *self.ptr.get_mut();
        if !p.is_null() {
            // SAFETY: p came from Box::into_raw and nobody else holds it any more.
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

    /// # Panics
    /// If the initialiser panicked on an earlier access, every later access panics too.
    pub fn force(this: &Self) -> &T {
        this.cell.get_or_init(|| {
            let taken = this.init.lock().unwrap_or_else(|e| e.into_inner()).take();
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

