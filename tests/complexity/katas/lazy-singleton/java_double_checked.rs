// learner: optimal
// idiom: Java/C# style: double-checked locking split into small methods (isInitialized, getUnchecked, initializeLocked), Option-heavy
use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};

pub struct OnceCell<T> {
    initialized: AtomicBool,
    lock: Mutex<()>,
    value: UnsafeCell<Option<T>>,
}

// SAFETY: `value` is written only while holding `lock` and before `initialized`
// is set (Release); afterwards it is only read, after an Acquire load of the flag.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { initialized: AtomicBool::new(false), lock: Mutex::new(()), value: UnsafeCell::new(None) }
    }

    fn is_initialized(&self) -> bool {
        self.initialized.load(Ordering::Acquire)
    }

    fn acquire_lock(&self) -> MutexGuard<'_, ()> {
        self.lock.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Caller must have seen `initialized == true` with Acquire.
    fn get_unchecked(&self) -> Option<&T> {
        unsafe { (*self.value.get()).as_ref() }
    }

    fn initialize_locked<F: FnOnce() -> T>(&self, init: F) {
        let value = init();
        unsafe {
            *self.value.get() = Some(value);
        }
        self.initialized.store(true, Ordering::Release);
    }

    pub fn get(&self) -> Option<&T> {
        if self.is_initialized() {
            self.get_unchecked()
        } else {
            None
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if let Some(value) = self.get() {
            return value;
        }
        let _guard = self.acquire_lock();
        if !self.is_initialized() {
            self.initialize_locked(init);
        }
        self.get_unchecked().expect("initialised above")
    }

    pub fn into_inner(self) -> Option<T> {
        self.value.into_inner()
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
