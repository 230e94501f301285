// learner: optimal
// idiom: SRE: AtomicPtr<T> to a boxed value (null = empty) + Mutex<()>, Box::into_raw/from_raw, Drop frees the box
use std::cell::UnsafeCell;
use std::marker::PhantomData;
use std::ops::Deref;
use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::Mutex;

pub struct OnceCell<T> {
    ptr: AtomicPtr<T>,
    mu: Mutex<()>,
    // owns a T; UnsafeCell keeps the auto Sync impl off so ours below decides
    _own: PhantomData<UnsafeCell<Box<T>>>,
}

// The box is written once under `mu`, published with Release, read after Acquire.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { ptr: AtomicPtr::new(ptr::null_mut()), mu: Mutex::new(()), _own: PhantomData }
    }

    pub fn get(&self) -> Option<&T> {
        let p = self.ptr.load(Ordering::Acquire);
        if p.is_null() { None } else { Some(unsafe { &*p }) }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if let Some(v) = self.get() {
            return v;
        }
        let _g = match self.mu.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        if let Some(v) = self.get() {
            return v;
        }
        let raw = Box::into_raw(Box::new(init()));
        self.ptr.store(raw, Ordering::Release);
        unsafe { &*raw }
    }

    pub fn into_inner(mut self) -> Option<T> {
        let p = std::mem::replace(self.ptr.get_mut(), ptr::null_mut());
        if p.is_null() {
            return None;
        }
        Some(*unsafe { Box::from_raw(p) })
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
        if let Some(v) = this.cell.get() {
            return v;
        }
        let take = || this.init.lock().unwrap_or_else(|e| e.into_inner()).take();
        this.cell.get_or_init(|| take().expect("Lazy instance has previously been poisoned")())
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
