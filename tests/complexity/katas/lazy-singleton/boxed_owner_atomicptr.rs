// learner: optimal
// idiom: ownership in a Mutex<Option<Box<T>>> (so drop is automatic), an AtomicPtr mirror of the box for lock-free readers, PhantomData<*const T> + explicit unsafe Sync impl, poison recovered with into_inner
//! A hand-built thread-safe lazy singleton.

use std::marker::PhantomData;
use std::ops::Deref;
use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::Mutex;

pub struct OnceCell<T> {
    owner: Mutex<Option<Box<T>>>,
    published: AtomicPtr<T>,
    _not_auto_sync: PhantomData<*const T>,
}

// SAFETY: the value is written once, under `owner`'s lock, before its address is published with
// Release; readers only dereference an address loaded with Acquire and only hand out `&T`
// (hence T: Sync), and the value may be created on one thread and dropped on another (T: Send).
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}
unsafe impl<T: Send> Send for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { owner: Mutex::new(None), published: AtomicPtr::new(ptr::null_mut()), _not_auto_sync: PhantomData }
    }

    pub fn get(&self) -> Option<&T> {
        let p = self.published.load(Ordering::Acquire);
        // SAFETY: non-null only after the boxed value was stored; the box lives as long as self.
        unsafe { p.as_ref() }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if let Some(v) = self.get() {
            return v;
        }
        let mut guard = self.owner.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(existing) = guard.as_ref() {
            let p: *const T = &**existing;
            // SAFETY: the box is never moved out or dropped while self is alive and shared.
            return unsafe { &*p };
        }
        let boxed = Box::new(init());
        let p: *mut T = Box::as_ref(&boxed) as *const T as *mut T;
        *guard = Some(boxed);
        self.published.store(p, Ordering::Release);
        // SAFETY: as above.
        unsafe { &*p }
    }

    pub fn into_inner(self) -> Option<T> {
        let owner = self.owner.into_inner().unwrap_or_else(|poisoned| poisoned.into_inner());
        owner.map(|b| *b)
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
        let mut slot = match this.init.lock() {
            Ok(g) => g,
            Err(_) => panic!("Lazy instance has previously been poisoned"),
        };
        if let Some(v) = this.cell.get() {
            return v;
        }
        let f = slot.take().expect("Lazy instance has previously been poisoned");
        this.cell.get_or_init(f)
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}

