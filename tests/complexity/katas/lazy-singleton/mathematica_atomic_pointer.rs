// learner: optimal
// idiom: Mathematica / Wolfram Language user: the value lives in a Box published through an AtomicPtr (null = "not yet"), Option combinators instead of if/else
// why: one Acquire load of the pointer answers get and the fast path of get_or_init/force; the Box is allocated once in the slow path, O(1) space

use std::cell::UnsafeCell;
use std::marker::PhantomData;
use std::ops::Deref;
use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::{Mutex, PoisonError};

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    ptr: AtomicPtr<T>,
    lock: Mutex<()>,
    // We own a `T` (for drop check) and must not be auto-Sync: AtomicPtr
    // would make the cell Send + Sync for every T otherwise.
    _owns: PhantomData<UnsafeCell<T>>,
}

// SAFETY: the pointer goes from null to a leaked Box exactly once, under
// `lock`, with a Release store; readers dereference it only after an
// Acquire load that saw it non-null, and nobody writes through it later.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}
// SAFETY: moving the cell moves ownership of the boxed T.
unsafe impl<T: Send> Send for OnceCell<T> {}

impl<T> OnceCell<T> {
    /// An empty cell. `const`, so it can initialise a `static`.
    pub const fn new() -> Self {
        OnceCell { ptr: AtomicPtr::new(ptr::null_mut()), lock: Mutex::new(()), _owns: PhantomData }
    }

    /// The value, if some call to `get_or_init` has finished initialising it.
    /// Never blocks.
    pub fn get(&self) -> Option<&T> {
        // SAFETY: non-null pointers come from Box::into_raw and live as long as the cell.
        unsafe { self.ptr.load(Ordering::Acquire).as_ref() }
    }

    /// Returns the value, running `init` first if the cell is empty.
    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        let slow = || {
            let _guard = self.lock.lock().unwrap_or_else(PoisonError::into_inner);
            self.get().unwrap_or_else(|| {
                let raw = Box::into_raw(Box::new(init()));
                self.ptr.store(raw, Ordering::Release);
                // SAFETY: just created, never freed while `self` lives.
                unsafe { &*raw }
            })
        };
        self.get().map_or_else(slow, |v| v)
    }

    /// Consumes the cell and returns its value, if any.
    pub fn into_inner(mut self) -> Option<T> {
        let raw = std::mem::replace(self.ptr.get_mut(), ptr::null_mut());
        // SAFETY: non-null means it came from Box::into_raw; the cell now holds null.
        (!raw.is_null()).then(|| *unsafe { Box::from_raw(raw) })
    }
}

impl<T> Drop for OnceCell<T> {
    fn drop(&mut self) {
        let raw = *self.ptr.get_mut();
        if !raw.is_null() {
            // SAFETY: we own the box, and this runs once.
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
            this.init
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .take()
                .map(|f| f())
                .unwrap_or_else(|| panic!("Lazy: poisoned, its initialiser panicked before"))
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
