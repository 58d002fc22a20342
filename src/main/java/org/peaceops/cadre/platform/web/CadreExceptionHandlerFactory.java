package org.peaceops.cadre.platform.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link CadreExceptionHandler} in front of the Faces implementation's own (faces-config.xml). */
public class CadreExceptionHandlerFactory extends ExceptionHandlerFactory {

    public CadreExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new CadreExceptionHandler(getWrapped().getExceptionHandler());
    }
}
