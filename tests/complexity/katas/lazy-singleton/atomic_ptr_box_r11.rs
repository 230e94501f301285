// learner: optimal
// idiom: AtomicPtr to a leaked Box (null = empty), Mutex<()> serialising initialisers, explicit Drop that reclaims the box, match-heavy
use std::cell::UnsafeCell;
use std::marker::PhantomData;
use std::ops::Deref;
use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::{Mutex, PoisonError};

pub struct OnceCell<T> {
    ptr: AtomicPtr<T>,
    writers: Mutex<()>,
    // makes the cell !Sync by default and Send only for T: Send, like an owned Option<T>
    _owns: PhantomData<UnsafeCell<Option<T>>>,
}

// SAFETY: the pointer is set once (under `writers`) from Box::into_raw and published with
// Release; readers Acquire it and only ever hand out shared references. The box is freed only
// in Drop / into_inner, which have exclusive access.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { ptr: AtomicPtr::new(ptr::null_mut()), writers: Mutex::new(()), _owns: PhantomData }
    }

    pub fn get(&self) -> Option<&T> {
        let p = self.ptr.load(Ordering::Acquire);
        // SAFETY: non-null means a fully built, never-again-mutated Box<T> owned by self.
        unsafe { p.as_ref() }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        match self.get() {
            Some(v) => v,
            None => self.slow_path(init),
        }
    }

    #[cold]
    fn slow_path<F: FnOnce() -> T>(&self, init: F) -> &T {
        let _held = self.writers.lock().unwrap_or_else(PoisonError::into_inner);
        match self.get() {
            Some(v) => v,
            None => {
                let raw = Box::into_raw(Box::new(init()));
                self.ptr.store(raw, Ordering::Release);
                // SAFETY: raw came from Box::into_raw just now and lives as long as self.
                unsafe { &*raw }
            }
        }
    }

    pub fn into_inner(self) -> Option<T> {
        let p = self.ptr.swap(ptr::null_mut(), Ordering::Acquire);
        match p.is_null() {
            true => None,
            // SAFETY: we own self, nobody else can reference the box any more.
            false => Some(*unsafe { Box::from_raw(p) }),
        }
    }
}

impl<T> Drop for OnceCell<T> {
    fn drop(&mut self) {
        let p = *self.ptr.get_mut();
        if !p.is_null() {
            // SAFETY: exclusive access in drop; the box was created by slow_path.
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
            let taken = this.init.lock().unwrap_or_else(PoisonError::into_inner).take();
            let Some(f) = taken else {
                panic!("Lazy instance has previously been poisoned");
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
