// learner: optimal
// idiom: AtomicPtr to a leaked Box as the "ready" flag and the value at once; Mutex<()> for the slow path; if-heavy with early returns
use std::cell::UnsafeCell;
use std::marker::PhantomData;
use std::ops::Deref;
use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::Mutex;

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    ptr: AtomicPtr<T>,
    lock: Mutex<()>,
    // Owns a T; UnsafeCell keeps the auto traits from making us Sync for any T.
    _owns: PhantomData<UnsafeCell<Box<T>>>,
}

// SAFETY: the pointer goes from null to a Box exactly once (under `lock`),
// published with Release and read with Acquire, and never changes again
// while shared; only `&T` is handed out.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { ptr: AtomicPtr::new(ptr::null_mut()), lock: Mutex::new(()), _owns: PhantomData }
    }

    pub fn get(&self) -> Option<&T> {
        let p = self.ptr.load(Ordering::Acquire);
        if p.is_null() {
            return None;
        }
        // SAFETY: non-null means a published, never-freed-while-shared Box.
        Some(unsafe { &*p })
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if let Some(v) = self.get() {
            return v;
        }
        let guard = match self.lock.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        if let Some(v) = self.get() {
            return v;
        }
        let raw = Box::into_raw(Box::new(init()));
        self.ptr.store(raw, Ordering::Release);
        drop(guard);
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
        this.cell.get_or_init(|| {
            let f = match this.init.lock() {
                Ok(mut slot) => slot.take(),
                Err(poisoned) => poisoned.into_inner().take(),
            };
            if f.is_none() {
                panic!("Lazy instance poisoned: its initialiser panicked");
            }
            (f.unwrap())()
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
