// learner: optimal
// idiom: C++-style heap publish: AtomicPtr<T> to a boxed value (like std::atomic<T*>), generic RAII helpers, Drop frees the box
use std::marker::PhantomData;
use std::ops::Deref;
use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::{Mutex, PoisonError};

pub struct OnceCell<T> {
    ptr: AtomicPtr<T>,
    mtx: Mutex<()>,
    _owns: PhantomData<Box<T>>,
}

// SAFETY: the pointee is created once under `mtx` and published with Release;
// afterwards it is only shared immutably.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        Self { ptr: AtomicPtr::new(ptr::null_mut()), mtx: Mutex::new(()), _owns: PhantomData }
    }

    pub fn get(&self) -> Option<&T> {
        // SAFETY: a non-null pointer was produced by Box::into_raw and lives as long as self.
        unsafe { self.ptr.load(Ordering::Acquire).as_ref() }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        self.get().unwrap_or_else(|| {
            let _lk = self.mtx.lock().unwrap_or_else(PoisonError::into_inner);
            self.get().unwrap_or_else(|| {
                let raw = Box::into_raw(Box::new(init()));
                self.ptr.store(raw, Ordering::Release);
                unsafe { &*raw }
            })
        })
    }

    pub fn into_inner(mut self) -> Option<T> {
        let raw = std::mem::replace(self.ptr.get_mut(), ptr::null_mut());
        (!raw.is_null()).then(|| *unsafe { Box::from_raw(raw) })
    }
}

impl<T> Drop for OnceCell<T> {
    fn drop(&mut self) {
        let raw = *self.ptr.get_mut();
        if !raw.is_null() {
            drop(unsafe { Box::from_raw(raw) });
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
            match taken {
                Some(f) => f(),
                None => panic!("Lazy poisoned: initialiser panicked before"),
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
