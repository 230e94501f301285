// learner: optimal
// idiom: colleague style: AtomicPtr<T> to a boxed value (null = empty), Mutex<()> for the slow path, Drop frees the box
//! One-time initialisation that is safe under many threads.

use std::marker::PhantomData;
use std::ops::Deref;
use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::{Mutex, PoisonError};

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    ptr: AtomicPtr<T>,
    lock: Mutex<()>,
    _owns: PhantomData<Box<T>>,
}

// SAFETY: the pointer goes from null to a leaked-until-drop Box exactly once,
// under `lock`, published with Release; readers deref it after an Acquire load.
// Sharing hands out &T (needs Sync) and the value may be dropped elsewhere (Send).
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    /// An empty cell. `const`, so it can initialise a `static`.
    pub const fn new() -> Self {
        Self { ptr: AtomicPtr::new(ptr::null_mut()), lock: Mutex::new(()), _owns: PhantomData }
    }

    /// The value, if some call to `get_or_init` has finished initialising it.
    /// Never blocks.
    pub fn get(&self) -> Option<&T> {
        // SAFETY: non-null pointers come from Box and live as long as self.
        unsafe { self.ptr.load(Ordering::Acquire).as_ref() }
    }

    /// Returns the value, running `init` first if the cell is empty.
    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        self.get().unwrap_or_else(|| {
            let _guard = self.lock.lock().unwrap_or_else(PoisonError::into_inner);
            self.get().unwrap_or_else(|| {
                let fresh = Box::into_raw(Box::new(init()));
                self.ptr.store(fresh, Ordering::Release);
                // SAFETY: just created, owned by self from now on.
                unsafe { &*fresh }
            })
        })
    }

    /// Consumes the cell and returns its value, if any.
    pub fn into_inner(mut self) -> Option<T> {
        let p = std::mem::replace(self.ptr.get_mut(), ptr::null_mut());
        // SAFETY: p is null or came from Box::into_raw and is no longer shared.
        (!p.is_null()).then(|| *unsafe { Box::from_raw(p) })
    }
}

impl<T> Drop for OnceCell<T> {
    fn drop(&mut self) {
        let p = *self.ptr.get_mut();
        if !p.is_null() {
            // SAFETY: see into_inner.
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
    /// A lazy value that `init` will compute. `const`, for use in a `static`.
    pub const fn new(init: F) -> Self {
        Lazy { cell: OnceCell::new(), init: Mutex::new(Some(init)) }
    }

    /// Computes the value if needed and returns it.
    ///
    /// # Panics
    /// If the initialiser panicked on an earlier access (it is gone then),
    /// every later access panics too.
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

